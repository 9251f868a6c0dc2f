/**
 * @module align/candidates
 * Sentence-pair seeds through an inverted index of source terms, so only pairs that share a content
 * stem are ever scored (quadratic in sentences only in the worst case, never in characters).
 */
import type { Idf } from './similarity.js';

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

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly idfById: number[] = [];

  constructor(private readonly idf: Idf) {}

  /** Term frequencies of the unit being built, by term id: zero again once its vector is made. */
  private tf = new Int32Array(256);

  vector(terms: readonly string[]): TermVector {
    // Ids in order of first occurrence, counted in a reused array: a Map per unit was most of the
    // time spent building vectors, and corpus ingest builds both texts' vectors for every pair aligned.
    const order: number[] = [];
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.idfById.length;
        this.ids.set(term, id);
        this.idfById.push(this.idf(term));
        if (id >= this.tf.length) {
          const grown = new Int32Array(2 * this.tf.length);
          grown.set(this.tf);
          this.tf = grown;
        }
      }
      if (this.tf[id]++ === 0) order.push(id);
    }
    const ids = Int32Array.from(order);
    const weights = new Float64Array(order.length);
    let sq = 0, idfSum = 0;
    for (let k = 0; k < order.length; k++) {
      const id = order[k];
      const idf = this.idfById[id];
      weights[k] = (1 + Math.log(this.tf[id])) * idf;
      sq += weights[k] ** 2;
      idfSum += idf;
      this.tf[id] = 0;
    }
    return { ids, weights, norm: Math.sqrt(sq), idfSum };
  }
}

/** Every source/derivative pair sharing at least `minShared` distinct terms, with its scores. */
export function scorePairs(
  sources: readonly TermVector[],
  derivatives: readonly TermVector[],
  vocabulary: Vocabulary,
  minShared: number,
): PairScore[] {
  const postings = new Map<number, { unit: number; weight: number }[]>();
  sources.forEach((v, unit) => v.ids.forEach((id, k) => {
    let list = postings.get(id);
    if (!list) postings.set(id, (list = []));
    list.push({ unit, weight: v.weights[k] });
  }));
  const dot = new Float64Array(sources.length);
  const sharedIdf = new Float64Array(sources.length);
  const shared = new Int32Array(sources.length);
  const out: PairScore[] = [];
  derivatives.forEach((d, derivative) => {
    const touched: number[] = [];
    d.ids.forEach((id, k) => {
      const idf = vocabulary.idfById[id];
      for (const p of postings.get(id) ?? []) {
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
