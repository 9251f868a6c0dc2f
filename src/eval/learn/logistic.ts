/**
 * @module eval/learn/logistic
 * A small L2-regularised logistic regression (batch gradient descent on standardised features), enough
 * for a handful of similarity features; deterministic, no dependencies.
 */

export interface LogisticModel {
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export interface LogisticOptions {
  readonly iterations?: number;
  readonly learningRate?: number;
  readonly l2?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function fitLogistic(features: readonly (readonly number[])[], labels: readonly boolean[], options: LogisticOptions = {}): LogisticModel {
  const { iterations = 500, learningRate = 0.5, l2 = 1e-3 } = options;
  if (features.length === 0 || features.length !== labels.length) throw new RangeError('need as many labels as feature rows, and at least one');
  const n = features.length;
  const d = features[0].length;
  const means = Array.from({ length: d }, (_, j) => features.reduce((s, row) => s + row[j], 0) / n);
  const scales = means.map((m, j) => Math.sqrt(features.reduce((s, row) => s + (row[j] - m) ** 2, 0) / n) || 1);
  const x = features.map((row) => row.map((v, j) => (v - means[j]) / scales[j]));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const gradW = new Array<number>(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const error = sigmoid(x[i].reduce((s, v, j) => s + v * weights[j], bias)) - (labels[i] ? 1 : 0);
      for (let j = 0; j < d; j++) gradW[j] += error * x[i][j];
      gradB += error;
    }
    for (let j = 0; j < d; j++) weights[j] -= learningRate * (gradW[j] / n + l2 * weights[j]);
    bias -= learningRate * (gradB / n);
  }
  return { means, scales, weights, bias };
}

export function predictProbability(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(row.reduce((s, v, j) => s + ((v - model.means[j]) / model.scales[j]) * model.weights[j], model.bias));
}
