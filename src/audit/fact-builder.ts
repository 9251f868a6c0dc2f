/**
 * @module audit/fact-builder
 * Shared plumbing of the fact grammars: one sentence at a time, with its offset in the whole text,
 * and a record of ranges already claimed so that "Jan. 5" is a date and not also the number 5.
 */
import type { AnalyzedText, Fact, FactType, Sentence } from '../core/types.js';
import type { Lexicon } from './lexicon.js';

export interface SentenceScope {
  readonly analyzed: AnalyzedText;
  readonly sentence: Sentence;
  readonly lexicon: Lexicon;
}

export class FactSink {
  readonly facts: Fact[] = [];
  private readonly taken: Array<[number, number]> = [];

  constructor(private readonly analyzed: AnalyzedText) {}

  /** Whether `[start, end)` overlaps a range an earlier grammar claimed. */
  isTaken(start: number, end: number): boolean {
    return this.taken.some(([s, e]) => start < e && end > s);
  }

  /**
   * Adds a fact. A claiming fact (date, number, name) is refused where another already claimed its
   * range and reserves it; a non-claiming one (attribution, quote) may overlap names inside it.
   */
  add(type: FactType, start: number, end: number, value: string, sentence: number, claim = true): boolean {
    if (end <= start || (claim && this.isTaken(start, end))) return false;
    this.facts.push({ type, text: this.analyzed.text.slice(start, end), value, span: { start, end }, sentence });
    if (claim) this.taken.push([start, end]);
    return true;
  }
}

/** Every match of a global regex inside one sentence, with offsets into the whole text. */
export function* matchesIn(scope: SentenceScope, re: RegExp): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  for (let m = global.exec(scope.sentence.text); m; m = global.exec(scope.sentence.text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    const start = scope.sentence.start + m.index;
    yield { m, start, end: start + m[0].length };
  }
}

/** Plain-number spelling of an amount ("1000000000", "6.5"), stable for equality tests. */
export function formatAmount(x: number): string {
  return String(Number(x.toPrecision(12)));
}

export function parseDigits(s: string): number {
  return Number.parseFloat(s.replace(/[,\s]/g, ''));
}

/** Alternation of a word list for a regex, longest first so "Sept" wins over "Sep". */
export function alternation(words: readonly string[], capitalise = false): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (capitalise ? w[0].toUpperCase() + w.slice(1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Builds something from a lexicon once (compiled grammars), then reuses it. */
export function perLexicon<T>(build: (lex: Lexicon) => T): (lex: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) {
      value = build(lex);
      cache.set(lex, value);
    }
    return value;
  };
}
