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

  vector(terms: readonly string[]): TermVector {
    const tf = new Map<number, number>();
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.idfById.length;
        this.ids.set(term, id);
        this.idfById.push(this.idf(term));
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(tf.keys());
    const weights = Float64Array.from(ids, (id) => (1 + Math.log(tf.get(id)!)) * this.idfById[id]);
    let sq = 0, idfSum = 0;
    ids.forEach((id, k) => {
      sq += weights[k] ** 2;
      idfSum += this.idfById[id];
    });
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
