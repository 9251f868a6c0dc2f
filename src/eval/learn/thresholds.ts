/**
 * @module eval/learn/thresholds
 * Thresholds fitted for accuracy on training data: one cut for a binary decision, or ordered cuts
 * mapping a score to ordinal classes (e.g. non < heavy < light < cut).
 */

/** Candidate cuts: midpoints between consecutive distinct scores, plus one below all. */
function candidates(scores: readonly number[]): number[] {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  if (sorted.length === 0) return [0];
  return [sorted[0] - 1, ...sorted.slice(1).map((s, i) => (s + sorted[i]) / 2)];
}

/** The cut maximising accuracy of `score >= cut` (ties: the lowest such cut). */
export function fitThreshold(scores: readonly number[], positive: readonly boolean[]): number {
  let best = { cut: 0, correct: -1 };
  for (const cut of candidates(scores)) {
    const correct = scores.reduce((n, s, i) => n + ((s >= cut) === positive[i] ? 1 : 0), 0);
    if (correct > best.correct) best = { cut, correct };
  }
  return best.cut;
}

/**
 * Ordered cuts for `classes` listed from lowest to highest score; class k is predicted when the score
 * reaches cut k-1 but not cut k. Exhaustive over candidate cuts, which is fine for a few hundred items.
 */
export function fitOrdinalThresholds(scores: readonly number[], gold: readonly string[], classes: readonly string[]): number[] {
  const cuts = candidates(scores);
  const rank = gold.map((g) => classes.indexOf(g));
  let best: { cuts: number[]; correct: number } = { cuts: [], correct: -1 };
  const search = (chosen: number[], from: number): void => {
    if (chosen.length === classes.length - 1) {
      const correct = scores.reduce((n, s, i) => n + (classifyOrdinal(s, chosen) === rank[i] ? 1 : 0), 0);
      if (correct > best.correct) best = { cuts: [...chosen], correct };
      return;
    }
    for (let c = from; c < cuts.length; c++) search([...chosen, cuts[c]], c);
  };
  search([], 0);
  return best.cuts;
}

/** Index of the ordinal class for `score` under ascending `cuts`. */
export function classifyOrdinal(score: number, cuts: readonly number[]): number {
  let k = 0;
  while (k < cuts.length && score >= cuts[k]) k++;
  return k;
}
