/**
 * @module align/similarity
 * Sentence similarity features on stems without stop words (tf-idf cosine, Dice, containment) and on
 * surface words (shared n-grams, longest common subsequence) to tell verbatim reuse from paraphrase.
 * Also the building block of the MSRP paraphrase classifier.
 */
import type { Token } from '../core/types.js';
import { contentTerms } from './units.js';

/** Inverse document frequency of a stem; unseen stems get the largest weight. */
export type Idf = (stem: string) => number;

/** Smoothed idf over a collection of "documents" (sentences): ln(1 + N / df). */
export function idfFrom(documents: readonly (readonly string[])[]): Idf {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return (stem) => Math.log(1 + n / (df.get(stem) ?? 0.5));
}

export interface SimilarityFeatures {
  /** tf-idf cosine of content stems. */
  readonly cosine: number;
  /** Dice coefficient of the content stem sets. */
  readonly dice: number;
  /** idf-weighted share of A's content stems found in B, and the reverse. */
  readonly containmentA: number;
  readonly containmentB: number;
  /** Share of the shorter side's word 3-grams (all words, folded) found in the other. */
  readonly trigramOverlap: number;
  /** Share of the shorter side's word bigrams found in the other. */
  readonly bigramOverlap: number;
  /** Longest common word subsequence over the longer side's length. */
  readonly lcsRatio: number;
  /** Shorter over longer length in words. */
  readonly lengthRatio: number;
  /** Numbers present on one side only (a changed figure is the classic non-paraphrase). */
  readonly numberMismatch: number;
}

const uniformIdf: Idf = () => 1;

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const g of small) if (big.has(g)) hit++;
  return hit / small.size;
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function counts(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Similarity features of two token lists (e.g. two sentences).
 * @example sentenceSimilarity(a.tokens, b.tokens).cosine // 1 for identical sentences
 */
export function sentenceSimilarity(a: readonly Token[], b: readonly Token[], idf: Idf = uniformIdf): SimilarityFeatures {
  const ca = counts(contentTerms(a));
  const cb = counts(contentTerms(b));
  let dot = 0, na = 0, nb = 0, shared = 0, wa = 0, wb = 0, wShared = 0;
  for (const [t, f] of ca) {
    const w = idf(t);
    na += (f * w) ** 2;
    wa += w;
    const g = cb.get(t);
    if (g !== undefined) {
      dot += f * g * w * w;
      shared++;
      wShared += w;
    }
  }
  for (const [t, f] of cb) {
    const w = idf(t);
    nb += (f * w) ** 2;
    wb += w;
  }
  const wordsA = a.map((t) => t.norm);
  const wordsB = b.map((t) => t.norm);
  const numsA = new Set(a.filter((t) => t.kind === 'number').map((t) => t.stem));
  const numsB = new Set(b.filter((t) => t.kind === 'number').map((t) => t.stem));
  let numberMismatch = 0;
  for (const n of numsA) if (!numsB.has(n)) numberMismatch++;
  for (const n of numsB) if (!numsA.has(n)) numberMismatch++;
  const longer = Math.max(wordsA.length, wordsB.length);
  return {
    cosine: na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0,
    dice: ca.size + cb.size > 0 ? (2 * shared) / (ca.size + cb.size) : 0,
    containmentA: wa > 0 ? wShared / wa : 0,
    containmentB: wb > 0 ? wShared / wb : 0,
    trigramOverlap: overlap(ngrams(wordsA, 3), ngrams(wordsB, 3)),
    bigramOverlap: overlap(ngrams(wordsA, 2), ngrams(wordsB, 2)),
    lcsRatio: longer > 0 ? lcsLength(wordsA, wordsB) / longer : 0,
    lengthRatio: longer > 0 ? Math.min(wordsA.length, wordsB.length) / longer : 0,
    numberMismatch,
  };
}
