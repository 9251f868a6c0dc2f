import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, predictProbability } from './logistic.js';
import { classifyOrdinal, fitOrdinalThresholds, fitThreshold } from './thresholds.js';

test('logistic regression separates a linearly separable set and ranks by the informative feature', () => {
  const rows = [[0, 5], [1, 3], [2, 9], [3, 1], [6, 2], [7, 8], [8, 4], [9, 6]];
  const labels = rows.map(([x]) => x > 4);
  const model = fitLogistic(rows, labels, { iterations: 2000 });
  rows.forEach((row, i) => assert.equal(predictProbability(model, row) > 0.5, labels[i]));
  assert.ok(Math.abs(model.weights[0]) > Math.abs(model.weights[1]));
});

test('a fitted threshold maximises training accuracy', () => {
  const cut = fitThreshold([0.1, 0.2, 0.35, 0.6, 0.7, 0.3], [false, false, false, true, true, true]);
  assert.ok(cut > 0.2 && cut <= 0.3);
});

test('ordinal thresholds split a score into ordered classes', () => {
  const scores = [0.05, 0.1, 0.3, 0.35, 0.6, 0.65, 0.9, 0.95];
  const gold = ['non', 'non', 'heavy', 'heavy', 'light', 'light', 'cut', 'cut'];
  const classes = ['non', 'heavy', 'light', 'cut'];
  const cuts = fitOrdinalThresholds(scores, gold, classes);
  assert.equal(cuts.length, 3);
  scores.forEach((s, i) => assert.equal(classes[classifyOrdinal(s, cuts)], gold[i]));
});
