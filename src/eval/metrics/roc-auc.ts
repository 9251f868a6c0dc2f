/**
 * @module eval/metrics/roc-auc
 * Area under the ROC curve as the Mann-Whitney probability that a random positive scores above a
 * random negative (ties count half), so it needs no threshold.
 */

export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  if (scores.length !== positive.length) throw new RangeError(`${scores.length} scores for ${positive.length} labels`);
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  // Average ranks over ties.
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = rank;
    i = j + 1;
  }
  const nPos = positive.filter(Boolean).length;
  const nNeg = positive.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  const rankSum = ranks.reduce((sum, r, i) => (positive[i] ? sum + r : sum), 0);
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
