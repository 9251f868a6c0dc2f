/**
 * @module audit/quantities
 * Number grammar: money ("$1 billion", "€3m", "86.7bn Swiss francs"), percentages, scores ("4-1"),
 * numbers with units ("600 miles", "60m", "eight-year") and spelled numbers ("six thousand",
 * "two thirds"). Values are canonical amounts: "money:usd:1000000000", "pct:6.5", "num:600:mile".
 */
import { alternation, type FactSink, formatAmount, matchesIn, parseDigits, perLexicon, type SentenceScope } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';
import { stopwordsFor } from '../text/index.js';

const DIGITS = String.raw`(?<![\p{L}\d.,]|\p{L}-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
const SYMBOLS: Readonly<Record<string, string>> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₽': 'rub' };

function wordNumber(lex: Lexicon): string {
  const units = alternation(Object.keys(lex.numberWords));
  return String.raw`\b((?:${units})(?:[- ](?:${units}))?)(?![\p{L}])`;
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
    score: /(?<![\p{L}\d.,-])(\d+)-(\d+)(?![\d\p{L}])/gu,
    fraction: new RegExp(`${wordNumber(lex)}[- ](${alternation(Object.keys(lex.fractions))})\\b`, 'giu'),
    digits: new RegExp(String.raw`${DIGITS}(?:x\d+)?(st|nd|rd|th|m|km|cm|s|kg)?\b${scale}${unitAfter}`, 'gu'),
    words: new RegExp(`${wordNumber(lex)}${scale}${unitAfter}`, 'giu'),
  };
});

/** Adds money, percentage and number facts of one sentence to `sink` (after dates). */
export function extractQuantities(scope: SentenceScope, sink: FactSink): void {
  const lex = scope.lexicon;
  const g = grammar(lex);
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
  for (const { m, start, end } of matchesIn(scope, g.score)) sink.add('number', start, end, `score:${m[1]}-${m[2]}`, index);
  for (const { m, start, end } of matchesIn(scope, g.fraction)) {
    sink.add('number', start, end, `num:${formatAmount(spelled(m[1], lex) / lex.fractions[m[2].toLowerCase()])}`, index);
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
  if (parts[0] === 'num' || parts[0] === 'pct') return Number(parts[1]);
  return Number.NaN;
}

/** Unit (or currency) part of a value: "mile", "usd", "%"; empty when none. */
export function unitOfValue(value: string): string {
  const parts = value.split(':');
  if (parts[0] === 'money') return parts[1];
  if (parts[0] === 'pct') return '%';
  return parts[2] ?? '';
}
