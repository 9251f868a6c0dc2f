/**
 * @module eval/metrics/classification
 * Accuracy, confusion matrix and F1 for label predictions. Labels are plain strings so the same code
 * serves 4-class relation scoring and binary decisions.
 */

export interface ConfusionMatrix {
  /** Row and column order. */
  readonly labels: readonly string[];
  /** counts[gold][predicted]. */
  readonly counts: readonly (readonly number[])[];
}

function checkLengths(gold: readonly unknown[], predicted: readonly unknown[]): void {
  if (gold.length !== predicted.length) throw new RangeError(`gold has ${gold.length} labels, predicted ${predicted.length}`);
}

export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
  checkLengths(gold, predicted);
  if (gold.length === 0) return 0;
  return gold.filter((g, i) => g === predicted[i]).length / gold.length;
}

/** `labels` fixes the order; predicted labels outside it get their own trailing columns. */
export function confusionMatrix(gold: readonly string[], predicted: readonly string[], labels: readonly string[] = []): ConfusionMatrix {
  checkLengths(gold, predicted);
  const all = [...labels];
  for (const l of [...gold, ...predicted]) if (!all.includes(l)) all.push(l);
  const counts = all.map(() => all.map(() => 0));
  gold.forEach((g, i) => counts[all.indexOf(g)][all.indexOf(predicted[i])]++);
  return { labels: all, counts };
}

export interface PrecisionRecallF1 {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** P/R/F1 from counts; an empty denominator gives 0. */
export function prf(truePositives: number, predictedPositives: number, goldPositives: number): PrecisionRecallF1 {
  const precision = predictedPositives === 0 ? 0 : truePositives / predictedPositives;
  const recall = goldPositives === 0 ? 0 : truePositives / goldPositives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** F1 of one label treated as the positive class. */
export function f1For(gold: readonly string[], predicted: readonly string[], positive: string): number {
  checkLengths(gold, predicted);
  const tp = gold.filter((g, i) => g === positive && predicted[i] === positive).length;
  return prf(tp, predicted.filter((p) => p === positive).length, gold.filter((g) => g === positive).length).f1;
}

/** Unweighted mean of per-class F1 over the gold classes (and `labels`, when given). */
export function macroF1(gold: readonly string[], predicted: readonly string[], labels: readonly string[] = []): number {
  const classes = [...new Set([...labels, ...gold])];
  if (classes.length === 0) return 0;
  return classes.reduce((sum, c) => sum + f1For(gold, predicted, c), 0) / classes.length;
}
