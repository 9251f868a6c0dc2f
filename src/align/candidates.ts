/**
 * @module align/candidates
 * Sentence-pair seeds through an inverted index of source terms, so only pairs that share a content
 * stem are ever scored (quadratic in sentences only in the worst case, never in characters).
 */
import { numberTerms, type TermBag } from './term-bags.js';

/** One unit as a bag of weighted content terms. */
export interface TermVector {
  /** Term ids with their tf-idf weights. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Euclidean norm of the weights, and the plain idf sum of the distinct terms. */
  readonly norm: number;
  readonly idfSum: number;
}

export interface PairScore {
  readonly source: number;
  readonly derivative: number;
  readonly cosine: number;
  readonly dice: number;
  /** idf-weighted share of the source unit found in the derivative unit, and the reverse. */
  readonly sourceContained: number;
  readonly derivativeContained: number;
  readonly shared: number;
}

/** The tf-idf vectors of one pair's units, on idf over the units of both sides. */
export interface PairVectors {
  readonly sources: readonly TermVector[];
  readonly derivatives: readonly TermVector[];
  /** Smoothed idf, ln(1 + units / df), by the pair's term id. */
  readonly idfById: Float64Array;
}

export function pairVectors(sources: readonly TermBag[], derivatives: readonly TermBag[]): PairVectors {
  const bags = [...sources, ...derivatives];
  const { ids: numbered, df } = numberTerms(bags);
  const idfById = Float64Array.from(df, (d) => Math.log(1 + bags.length / d));
  const vectors = bags.map((bag, b): TermVector => {
    const ids = numbered[b]!;
    const weights = new Float64Array(ids.length);
    let sq = 0, idfSum = 0;
    for (let k = 0; k < ids.length; k++) {
      const idf = idfById[ids[k]!]!;
      weights[k] = bag.logTf[k]! * idf;
      sq += weights[k]! ** 2;
      idfSum += idf;
    }
    return { ids, weights, norm: Math.sqrt(sq), idfSum };
  });
  return { sources: vectors.slice(0, sources.length), derivatives: vectors.slice(sources.length), idfById };
}

/** Every source/derivative pair sharing at least `minShared` distinct terms, with its scores. */
export function scorePairs(
  sources: readonly TermVector[],
  derivatives: readonly TermVector[],
  idfById: Float64Array,
  minShared: number,
): PairScore[] {
  // Pair term ids run 0.. (see pairVectors), so the postings are an array.
  const postings: { unit: number; weight: number }[][] = [];
  sources.forEach((v, unit) => v.ids.forEach((id, k) => {
    (postings[id] ??= []).push({ unit, weight: v.weights[k] });
  }));
  const dot = new Float64Array(sources.length);
  const sharedIdf = new Float64Array(sources.length);
  const shared = new Int32Array(sources.length);
  const out: PairScore[] = [];
  derivatives.forEach((d, derivative) => {
    const touched: number[] = [];
    d.ids.forEach((id, k) => {
      const idf = idfById[id];
      for (const p of postings[id] ?? []) {
        if (shared[p.unit] === 0) touched.push(p.unit);
        shared[p.unit]++;
        dot[p.unit] += p.weight * d.weights[k];
        sharedIdf[p.unit] += idf;
      }
    });
    for (const source of touched) {
      const s = sources[source];
      if (shared[source] >= minShared) {
        out.push({
          source,
          derivative,
          cosine: dot[source] / (s.norm * d.norm),
          dice: (2 * shared[source]) / (s.ids.length + d.ids.length),
          sourceContained: sharedIdf[source] / s.idfSum,
          derivativeContained: sharedIdf[source] / d.idfSum,
          shared: shared[source],
        });
      }
      dot[source] = 0;
      sharedIdf[source] = 0;
      shared[source] = 0;
    }
  });
  return out;
}
