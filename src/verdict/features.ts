/**
 * @module verdict/features
 * The numbers a verdict is decided on, each with a plain meaning: how much of each side is reused,
 * how much of the derivative is verbatim, and how much vocabulary and naming the two texts share
 * (which separates independent reports of the same event from unrelated texts).
 */
import { contentTerms, gramSet, lcsLength, verbatimShare } from '../align/index.js';
import type { Alignment, AnalyzedText, FactDiff, Token } from '../core/types.js';

export interface VerdictFeatures {
  readonly sourceCoverage: number;
  readonly derivativeCoverage: number;
  readonly similarity: number;
  /** Share of derivative words inside word 3-grams that also occur in the source. */
  readonly verbatimShare: number;
  /**
   * Share of derivative words that reappear in the same order in the source sentences they are linked
   * to (word LCS per linked sentence). A light revision swaps words but keeps the sentence's order;
   * a heavy one restructures it, so this separates the two better than exact n-grams alone.
   */
  readonly orderedShare: number;
  /** Share of the derivative's characters in copied (near-verbatim) passages. */
  readonly copiedShare: number;
  readonly copiedPassages: number;
  readonly paraphrasedPassages: number;
  /** Dice of the two texts' content-stem sets: topical overlap regardless of alignment. */
  readonly vocabularyOverlap: number;
  /** Capitalised names (not sentence-initial) found in both texts, and the share of the derivative's names. */
  readonly sharedNames: number;
  readonly sharedNameShare: number;
  /** Names of the derivative absent from the source: actors and places of its own reporting. */
  readonly newNames: number;
  readonly unsupportedFacts: number;
  readonly changedFacts: number;
}

/**
 * What is read off one text alone, remembered per text: corpus ingest judges one analysed text
 * against several candidates, and each candidate against many new texts. Analysed texts are read-only.
 */
const namesOf = new WeakMap<AnalyzedText, ReadonlyMap<string, string>>();
const termsOf = new WeakMap<AnalyzedText, ReadonlySet<string>>();

function names(text: AnalyzedText): ReadonlyMap<string, string> {
  let found = namesOf.get(text);
  if (!found) namesOf.set(text, (found = namesIn(text)));
  return found;
}

function contentTermSet(text: AnalyzedText): ReadonlySet<string> {
  let terms = termsOf.get(text);
  if (!terms) termsOf.set(text, (terms = new Set(contentTerms(text.tokens))));
  return terms;
}

/** Capitalised words that do not open a sentence (a cheap proxy for names): folded form -> surface. */
function namesIn(text: AnalyzedText): Map<string, string> {
  const out = new Map<string, string>();
  let previous: Token | null = null;
  for (const t of text.tokens) {
    const opens = previous === null || previous.sentence !== t.sentence;
    if (!opens && !t.isStop && t.kind === 'word' && /^\p{Lu}/u.test(t.surface) && t.norm.length > 1) out.set(t.norm, t.surface);
    previous = t;
  }
  return out;
}

/** Names found in both texts, as written in the derivative, in order of appearance. */
export function sharedNames(source: AnalyzedText, derivative: AnalyzedText): string[] {
  const inSource = names(source);
  return [...names(derivative)].filter(([norm]) => inSource.has(norm)).map(([, surface]) => surface);
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size > 0 ? (2 * shared) / (a.size + b.size) : 0;
}

function orderedShare(source: AnalyzedText, derivative: AnalyzedText, alignment: Alignment): number {
  const words = (t: AnalyzedText, i: number): string[] =>
    t.tokens.slice(t.sentences[i].tokenStart, t.sentences[i].tokenEnd).map((x) => x.norm);
  const sourcesOf = new Map<number, number[]>();
  for (const l of alignment.links) sourcesOf.set(l.derivative, [...(sourcesOf.get(l.derivative) ?? []), l.source]);
  let kept = 0;
  for (const [d, sources] of sourcesOf) kept += lcsLength(words(derivative, d), sources.sort((a, b) => a - b).flatMap((s) => words(source, s)));
  return derivative.tokens.length > 0 ? kept / derivative.tokens.length : 0;
}

function charsOf(alignment: Alignment, kind: 'copied' | 'paraphrased'): number {
  return alignment.passages.filter((p) => p.kind === kind).reduce((n, p) => n + p.derivative!.end - p.derivative!.start, 0);
}

/** Dice of the two texts' content-stem sets (see VerdictFeatures.vocabularyOverlap). */
export function vocabularyOverlap(a: AnalyzedText, b: AnalyzedText): number {
  return dice(contentTermSet(a), contentTermSet(b));
}

/** What says two texts report one story without any alignment: shared content vocabulary and names. */
export function storyFeatures(a: AnalyzedText, b: AnalyzedText): Pick<VerdictFeatures, 'vocabularyOverlap' | 'sharedNames'> {
  return { vocabularyOverlap: vocabularyOverlap(a, b), sharedNames: sharedNames(a, b).length };
}

export function verdictFeatures(source: AnalyzedText, derivative: AnalyzedText, alignment: Alignment, facts: readonly FactDiff[] = []): VerdictFeatures {
  const derivativeNames = names(derivative);
  const shared = sharedNames(source, derivative).length;
  const derivativeChars = derivative.sentences.reduce((n, s) => n + s.end - s.start, 0);
  return {
    ...alignment.scores,
    verbatimShare: verbatimShare(derivative.tokens, gramSet(source.tokens)),
    orderedShare: orderedShare(source, derivative, alignment),
    copiedShare: derivativeChars > 0 ? Math.min(1, charsOf(alignment, 'copied') / derivativeChars) : 0,
    copiedPassages: alignment.passages.filter((p) => p.kind === 'copied').length,
    paraphrasedPassages: alignment.passages.filter((p) => p.kind === 'paraphrased').length,
    vocabularyOverlap: vocabularyOverlap(source, derivative),
    sharedNames: shared,
    sharedNameShare: derivativeNames.size > 0 ? shared / derivativeNames.size : 0,
    newNames: derivativeNames.size - shared,
    unsupportedFacts: facts.filter((f) => f.status === 'unsupported').length,
    changedFacts: facts.filter((f) => f.status === 'changed').length,
  };
}
