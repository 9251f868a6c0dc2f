/**
 * @module audit/quantities
 * Number grammar: money ("$1 billion", "€3m", "86.7bn Swiss francs"), percentages, scores ("4-1"),
 * numbers with units ("600 miles", "60m", "eight-year") and spelled numbers ("six thousand",
 * "two thirds"). Values are canonical amounts: "money:usd:1000000000", "pct:6.5", "num:600:mile".
 * Shares are percentages however written ("three-quarters", "three in four", "75%" are all "pct:75"),
 * rate changes are percentage points ("half a point", "50 basis points": "pts:0.5"), a fraction of a
 * unit is an amount of it ("five-hundredths of a second": "num:0.05:s") and a spelled ordinal is its
 * number ("eighteenth recipient" ~ "18th recipient").
 */
import { alternation, type FactSink, formatAmount, matchesIn, parseDigits, perLexicon, type SentenceScope } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';
import { stopwordsFor } from '../text/index.js';

const DIGITS = String.raw`(?<![\p{L}\d.,]|\p{L}-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
/** Digits after a spelled decimal point ("one point three"). */
const DIGIT_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SYMBOLS: Readonly<Record<string, string>> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₽': 'rub' };

function wordNumber(lex: Lexicon): string {
  const units = alternation(Object.keys(lex.numberWords));
  return String.raw`\b((?:${units})(?:[- ](?:${units}))?)(?![\p{L}])`;
}

/** A count in digits or words, as one capture group ("3", "three", "one"). */
function count(lex: Lexicon): string {
  return String.raw`(?<![\p{L}\d.,])(\d+(?:\.\d+)?|one|an?|${alternation(Object.keys(lex.numberWords))})`;
}

function countValue(word: string, lex: Lexicon): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  return w === 'one' || w === 'a' || w === 'an' ? 1 : spelled(w, lex);
}

function spelled(words: string, lex: Lexicon): number {
  return words.toLowerCase().split(/[- ]/).reduce((sum, w) => sum + (lex.numberWords[w] ?? 0), 0);
}

/** Canonical unit of the word after a number, or its lower-cased form. */
function unitOf(word: string | undefined, lex: Lexicon): string {
  if (!word) return '';
  const w = word.toLowerCase();
  return lex.units[w] ?? w.replace(/s$/, '');
}

const grammar = perLexicon((lex: Lexicon) => {
  const scale = `(?:\\s?(${alternation(Object.keys(lex.scales))})\\b)?`;
  const unitAfter = String.raw`(?:(?:-|\s)(\p{L}[\p{L}-]*))?`;
  return {
    money: new RegExp(String.raw`(?:US|A|C|HK)?([$€£¥₹₽])\s?${DIGITS}${scale}`, 'gu'),
    named: new RegExp(String.raw`${DIGITS}${scale}\s+(?:[A-Z]\p{L}+\s+)?(${alternation(Object.keys(lex.currencyWords))})\b`, 'gu'),
    percent: new RegExp(String.raw`${DIGITS}\s?(?:%|(?:${alternation(lex.percentWords)})\b)`, 'gu'),
    // "nine per cent", "one point three per cent".
    spelledPercent: new RegExp(String.raw`\b(one|(?:${alternation(Object.keys(lex.numberWords))})(?:[- ](?:${alternation(Object.keys(lex.numberWords))}))?)(?:\s+point\s+(${alternation(Object.keys(DIGIT_WORDS))}))?\s+(?:${alternation(lex.percentWords)})\b`, 'giu'),
    score: /(?<![\p{L}\d.,-])(\d+)-(\d+)(?![\d\p{L}])/gu,
    fraction: new RegExp(`${wordNumber(lex)}[- ](${alternation(Object.keys(lex.fractions))})\\b(?:\\s+of\\s+an?\\s+(\\p{L}+))?`, 'giu'),
    ratio: new RegExp(String.raw`${count(lex)}\s+(?:${alternation(lex.ratioWords)})\s+${count(lex)}(?![\p{L}\d])`, 'giu'),
    // "one point three per cent" is a spelled decimal, not a point.
    points: new RegExp(String.raw`(?:(?<![\p{L}\d.,])(\d+(?:\.\d+)?|${alternation(Object.keys(lex.numberWords))})|(${alternation(Object.keys(lex.fractions))})\s+an?)\s+(${alternation([...lex.basisPointWords, ...lex.pointWords])})\b(?!\s+(?:\d|${alternation(Object.keys(lex.numberWords))}\b))`, 'giu'),
    // One cheap test first: a sentence with no digit and no number word has no quantity.
    anyNumber: new RegExp(`\\d|\\b(?:one|${alternation([...Object.keys(lex.numberWords), ...Object.keys(lex.fractions), ...Object.keys(lex.ordinalWords)])})\\b`, 'iu'),
    ordinal: new RegExp(`\\b(${alternation(Object.keys(lex.ordinalWords))})\\b${unitAfter}`, 'giu'),
    digits: new RegExp(String.raw`${DIGITS}(?:x\d+)?(st|nd|rd|th|m|km|cm|s|kg)?\b${scale}${unitAfter}`, 'gu'),
    words: new RegExp(`${wordNumber(lex)}${scale}${unitAfter}`, 'giu'),
  };
});

/** Adds money, percentage and number facts of one sentence to `sink` (after dates). */
export function extractQuantities(scope: SentenceScope, sink: FactSink): void {
  const lex = scope.lexicon;
  const g = grammar(lex);
  if (!g.anyNumber.test(scope.sentence.text)) return;
  const index = scope.sentence.index;
  const amount = (m: RegExpExecArray, at: number, scaleAt: number) =>
    parseDigits(m[at] + (m[at + 1] ?? '')) * (m[scaleAt] ? lex.scales[m[scaleAt].toLowerCase()] : 1);

  for (const { m, start, end } of matchesIn(scope, g.money)) {
    sink.add('money', start, end, `money:${SYMBOLS[m[1]]}:${formatAmount(amount(m, 2, 4))}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.named)) {
    sink.add('money', start, end, `money:${lex.currencyWords[m[4].toLowerCase()]}:${formatAmount(amount(m, 1, 3))}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.percent)) sink.add('number', start, end, `pct:${formatAmount(amount(m, 1, 99))}`, index);
  for (const { m, start, end } of matchesIn(scope, g.spelledPercent)) {
    const whole = m[1].toLowerCase() === 'one' ? 1 : spelled(m[1], lex);
    sink.add('number', start, end, `pct:${formatAmount(whole + (m[2] ? DIGIT_WORDS[m[2].toLowerCase()] / 10 : 0))}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.score)) sink.add('number', start, end, `score:${m[1]}-${m[2]}`, index);
  for (const { m, start, end } of matchesIn(scope, g.ratio)) {
    const [part, whole] = [countValue(m[1], lex), countValue(m[2], lex)];
    if (whole > 0 && part <= whole && !/^an?$/i.test(m[2])) sink.add('number', start, end, `pct:${formatAmount((part / whole) * 100)}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.points)) {
    const n = m[1] ? countValue(m[1], lex) : 1 / lex.fractions[m[2].toLowerCase()];
    const basis = lex.basisPointWords.includes(m[3].toLowerCase());
    sink.add('number', start, end, `pts:${formatAmount(basis ? n / 100 : n)}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.fraction)) {
    const share = spelled(m[1], lex) / lex.fractions[m[2].toLowerCase()];
    const unit = m[3] ? lex.units[m[3].toLowerCase()] : undefined;
    if (unit) sink.add('number', start, end, `num:${formatAmount(share)}:${unit}`, index);
    else sink.add('number', start, m[3] ? start + m[0].indexOf(m[2]) + m[2].length : end, `pct:${formatAmount(share * 100)}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.ordinal)) {
    const after = m[2] && !stopwordsFor(scope.analyzed.language).has(m[2].toLowerCase()) ? m[2] : undefined;
    sink.add('number', start, after ? end : start + m[1].length, `num:${lex.ordinalWords[m[1].toLowerCase()]}:${unitOf(after, lex)}`, index);
  }
  // The word after a number names what is counted, unless it is a stop word ("600 in").
  const stop = stopwordsFor(scope.analyzed.language);
  const counted = (word: string | undefined) => (word && !stop.has(word.toLowerCase()) ? word : undefined);
  const trim = (end: number, word: string | undefined, kept: string | undefined) => (word && !kept ? end - word.length - 1 : end);
  for (const { m, start, end } of matchesIn(scope, g.digits)) {
    const after = counted(m[5]);
    const unit = unitOf(m[3] && !/^(?:st|nd|rd|th)$/.test(m[3]) ? m[3] : after, lex);
    sink.add('number', start, trim(end, m[5], after), `num:${formatAmount(amount(m, 1, 4))}:${unit}`, index);
  }
  for (const { m, start, end } of matchesIn(scope, g.words)) {
    const after = counted(m[3]);
    const n = spelled(m[1], lex) * (m[2] ? lex.scales[m[2].toLowerCase()] : 1);
    sink.add('number', start, trim(end, m[3], after), `num:${formatAmount(n)}:${unitOf(after, lex)}`, index);
  }
}

/** The amount inside a number or money value, or NaN. */
export function amountOf(value: string): number {
  const parts = value.split(':');
  if (parts[0] === 'money') return Number(parts[2]);
  if (parts[0] === 'num' || parts[0] === 'pct' || parts[0] === 'pts') return Number(parts[1]);
  return Number.NaN;
}

/** Unit (or currency) part of a value: "mile", "usd", "%"; empty when none. */
export function unitOfValue(value: string): string {
  const parts = value.split(':');
  if (parts[0] === 'money') return parts[1];
  if (parts[0] === 'pct') return '%';
  if (parts[0] === 'pts') return 'pt';
  return parts[2] ?? '';
}
