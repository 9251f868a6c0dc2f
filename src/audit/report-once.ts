/**
 * @module audit/report-once
 * One difference, one finding. A name lost or changed as part of a lost or changed attribution, and
 * anything inside a lost quotation, is that finding's; a respelt name or a changed amount is one finding however often it is
 * mentioned (the note counts the mentions); an amount given again in other currencies, a fact
 * written straight after another ("April this year") and a name that only qualifies another lost fact
 * ("Brazilian winner Jadel Gregorio") add nothing to the finding beside them.
 */
import type { Fact, FactDiff } from '../core/types.js';
import type { Lexicon } from './lexicon.js';
import { amountOf } from './quantities.js';
import { compareNames, editSimilarity } from './similarity.js';
import { NAME_TYPES } from './text-index.js';

const isLoss = (d: FactDiff) => d.status === 'dropped' || d.status === 'unsupported';
const side = (d: FactDiff): Fact | null => (d.status === 'unsupported' ? d.derivative : d.source);
const inside = (f: Fact | null, g: Fact | null) => !!f && !!g && g.sentence === f.sentence && g.span.start <= f.span.start && f.span.end <= g.span.end;

/**
 * Names inside the speaker of an attribution reported with the same status (or changed), and any
 * fact inside a quotation reported with the same status.
 */
function heldByOthers(diffs: readonly FactDiff[]): Set<FactDiff> {
  const speakers = diffs.filter((d) => d.type === 'attribution' && d.status !== 'kept');
  const quotes = diffs.filter((d) => d.type === 'quote' && isLoss(d));
  const out = new Set<FactDiff>();
  for (const d of diffs) {
    if (d.status === 'kept' || d.type === 'quote' || d.type === 'attribution') continue;
    if (quotes.some((q) => q.status === d.status && inside(side(d), side(q)))) {
      out.add(d);
      continue;
    }
    if (!NAME_TYPES.has(d.type)) continue;
    const covered = speakers.some((a) => {
      if (a.status === 'changed') return inside(d.source, a.source) && (d.status === 'dropped' || inside(d.derivative, a.derivative));
      return a.status === d.status && inside(side(d), side(a));
    });
    if (covered) out.add(d);
  }
  return out;
}

/**
 * What a change replaces, independent of how it is written or which mention it is. An attribution
 * whose speaker changed only by a renamed word is a mention of that rename ("said Madden" → "said
 * Mr Madigan" beside "Madden" → "Madigan").
 */
function changeKey(d: FactDiff, renames: ReadonlySet<string>): string | null {
  if (d.status !== 'changed' || !d.source || !d.derivative) return null;
  if (d.type === 'attribution') {
    const key = nameChangeKey(d.source.value, d.derivative.value);
    return renames.has(key) ? key : null;
  }
  if (NAME_TYPES.has(d.type)) return nameChangeKey(d.source.value, d.derivative.value);
  if (d.type === 'number' || d.type === 'money') {
    const a = amountOf(d.source.value);
    const b = amountOf(d.derivative.value);
    return Number.isNaN(a) || Number.isNaN(b) ? null : `${d.type}|${a}|${b}`;
  }
  return null;
}

/** The closest pair of differing words of two names: "palaniappan chidambaram" / "chidambaran" → chidambaram|chidambaran. */
function nameChangeKey(a: string, b: string): string {
  const c = compareNames(a, b);
  let best: [string, string] = [c.onlyA.join(' '), c.onlyB.join(' ')];
  let score = -1;
  for (const x of c.onlyA) for (const y of c.onlyB) {
    const s = editSimilarity(x, y);
    if (s > score) [best, score] = [[x, y], s];
  }
  return `name|${best[0]}|${best[1]}`;
}

/** A money amount given again in brackets or after a semicolon, in another currency: "1bn francs ($861m; £451m)". */
function isConversion(d: FactDiff, previous: FactDiff | undefined, text: (d: FactDiff) => string): boolean {
  const f = side(d);
  const g = previous && side(previous);
  if (!f || !g || d.type !== 'money' || previous?.type !== 'money' || previous.status !== d.status || g.sentence !== f.sentence) return false;
  return /^\s*[(;,]\s*$/.test(text(d).slice(g.span.end, f.span.start));
}

/**
 * A lost fact written straight after another lost fact, with only a space or a bracket between, is
 * part of its phrase ("April this year", "Three 50th Anniversary Special Awards", "Health Service
 * (Miscellaneous Provisions) Bill").
 */
function continuesPrevious(d: FactDiff, previous: FactDiff | undefined, text: (d: FactDiff) => string): boolean {
  const f = side(d);
  const g = previous && side(previous);
  if (!f || !g || previous?.status !== d.status || g.sentence !== f.sentence || d.type === 'claim' || previous.type === 'claim') return false;
  return /^(?: | ?[()] ?)$/.test(text(d).slice(g.span.end, f.span.start));
}

/**
 * A lost name that
 * qualifies the lost fact after it through at most two lower-case words ("AAA champion Diane
 * Allahgreen", "UK record of 7.98 seconds"), without a conjunction or punctuation between.
 */
function qualifiesNext(d: FactDiff, next: FactDiff | undefined, text: (d: FactDiff) => string, lex: Lexicon): boolean {
  const f = side(d);
  const g = next && side(next);
  if (!f || !g || !next || !isLoss(d) || next.status !== d.status || g.sentence !== f.sentence || g.span.start < f.span.end) return false;
  const gap = text(d).slice(f.span.end, g.span.start);
  if (!NAME_TYPES.has(d.type)) return false;
  const words = gap.trim() === '' ? [] : gap.trim().split(/\s+/);
  // "champion", "record of" qualify; "at", "in" place one name against another ("Iphigenia at Aulis").
  const joins = (w: string) => lex.andWords.includes(w) || w === 'or' || (w !== 'of' && (lex.connectors.includes(w) || lex.placePrepositions.includes(w) || lex.speakerStops.includes(w)));
  return /^[\s\p{Ll}'-]*$/u.test(gap) && words.length <= 2 && !words.some(joins);
}

/**
 * Lost names listed with commas and "and" straight before a noun name one thing together ("his
 * Ross, Skye and Lochaber constituency"); a list before a verb or a stop ("Brazil, South Africa and
 * Russia, has been invited") names several. Returns the members after the first of each such list.
 */
function compoundLists(losses: readonly FactDiff[], text: (d: FactDiff) => string, lex: Lexicon): Set<FactDiff> {
  const functionWords = new Set([...lex.connectors, ...lex.placePrepositions, ...lex.speakerStops, ...lex.auxiliaries, ...lex.speechVerbs, ...lex.clauseWords, ...lex.andWords]);
  const out = new Set<FactDiff>();
  let list: FactDiff[] = [];
  const close = () => {
    const last = list[list.length - 1];
    const f = last && side(last);
    const next = f ? /^ (\p{Ll}[\p{L}-]*)/u.exec(text(last).slice(f.span.end, f.span.end + 40)) : null;
    if (list.length >= 2 && next && !functionWords.has(next[1])) for (const d of list.slice(1)) out.add(d);
    list = [];
  };
  for (const d of losses) {
    const prev = list[list.length - 1];
    const f = side(d);
    const g = prev && side(prev);
    const joined = !!f && !!g && NAME_TYPES.has(d.type) && prev.status === d.status && g.sentence === f.sentence
      && /^(?:, |,? and )$/.test(text(d).slice(g.span.end, f.span.start));
    if (!joined) {
      close();
      if (NAME_TYPES.has(d.type)) list = [d];
    } else list.push(d);
  }
  close();
  return out;
}

export interface TextsOf {
  /** The text a finding's fact stands in (the derivative for unsupported ones). */
  text(d: FactDiff): string;
  /** Characters of the sentences a finding stands in, both sides. */
  context(d: FactDiff): number;
}

/**
 * `diffs` with repeated findings removed. A change is shown at its mention with the most context
 * (a headline states it in the fewest words) and says how many mentions there were.
 */
export function reportOnce(diffs: readonly FactDiff[], texts: TextsOf, lex: Lexicon): FactDiff[] {
  const text = (d: FactDiff) => texts.text(d);
  const held = heldByOthers(diffs);
  const flagged = diffs.filter((d) => d.status !== 'kept' && !held.has(d));
  const renames = new Set(flagged.filter((d) => d.status === 'changed' && NAME_TYPES.has(d.type) && d.source && d.derivative)
    .map((d) => nameChangeKey(d.source?.value ?? '', d.derivative?.value ?? '')));
  const keyOf = (d: FactDiff) => changeKey(d, renames);
  const mentions = new Map<string, number>();
  const shown = new Map<string, FactDiff>();
  for (const d of flagged) {
    const key = keyOf(d);
    if (!key) continue;
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    const best = shown.get(key);
    if (!best || texts.context(d) > texts.context(best)) shown.set(key, d);
  }
  const losses = flagged.filter(isLoss).sort((a, b) => a.status.localeCompare(b.status) || (side(a)?.span.start ?? 0) - (side(b)?.span.start ?? 0));
  const redundant = compoundLists(losses, text, lex);
  losses.forEach((d, i) => {
    if (isConversion(d, losses[i - 1], text) || continuesPrevious(d, losses[i - 1], text) || qualifiesNext(d, losses[i + 1], text, lex)) redundant.add(d);
  });
  const out: FactDiff[] = [];
  for (const d of diffs) {
    if (d.status === 'kept') {
      out.push(d);
      continue;
    }
    if (held.has(d) || redundant.has(d)) continue;
    const key = keyOf(d);
    if (!key) out.push(d);
    else if (shown.get(key) === d) {
      const n = mentions.get(key) ?? 1;
      out.push(n > 1 ? { ...d, note: `${d.note} (${n} mentions)` } : d);
    }
  }
  return out;
}
