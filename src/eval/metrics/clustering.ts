/**
 * @module eval/metrics/clustering
 * Clustering agreement: pairwise F1 (over all item pairs put together) and B³ F1 (per-item overlap of
 * its predicted and gold clusters). Both take one cluster label per item, in the same item order; give
 * an item missing from the prediction a singleton label of its own.
 */
import { prf, type PrecisionRecallF1 } from './classification.js';

type Label = string | number;

function check(gold: readonly Label[], predicted: readonly Label[]): void {
  if (gold.length !== predicted.length) throw new RangeError(`gold has ${gold.length} items, predicted ${predicted.length}`);
}

function countBy<T>(keys: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Counts item pairs in the same cluster; all-singleton gold and prediction agree with P = R = 1. */
export function pairwiseF1(gold: readonly Label[], predicted: readonly Label[]): PrecisionRecallF1 {
  check(gold, predicted);
  const joint = countBy(gold.map((g, i) => `${String(g)}\u0000${String(predicted[i])}`));
  const sum = (m: Map<unknown, number>): number => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const tp = sum(joint);
  const predictedPairs = sum(countBy(predicted));
  const goldPairs = sum(countBy(gold));
  if (predictedPairs === 0 && goldPairs === 0) return { precision: 1, recall: 1, f1: 1 };
  return prf(tp, predictedPairs, goldPairs);
}

export function bCubedF1(gold: readonly Label[], predicted: readonly Label[]): PrecisionRecallF1 {
  check(gold, predicted);
  if (gold.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const joint = countBy(gold.map((g, i) => `${String(g)}\u0000${String(predicted[i])}`));
  const goldSize = countBy(gold);
  const predictedSize = countBy(predicted);
  let precision = 0;
  let recall = 0;
  gold.forEach((g, i) => {
    const shared = joint.get(`${String(g)}\u0000${String(predicted[i])}`) ?? 0;
    precision += shared / (predictedSize.get(predicted[i]) ?? 1);
    recall += shared / (goldSize.get(g) ?? 1);
  });
  precision /= gold.length;
  recall /= gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
