import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy, confusionMatrix, f1For, macroF1 } from './classification.js';
import { rocAuc } from './roc-auc.js';
import { linkPrf } from './link-prf.js';

const gold = ['a', 'a', 'b', 'b', 'c'];
const predicted = ['a', 'b', 'b', 'b', 'a'];

test('accuracy counts exact label matches', () => {
  assert.equal(accuracy(gold, predicted), 3 / 5);
});

test('confusion matrix rows are gold labels in the given order', () => {
  const m = confusionMatrix(gold, predicted, ['c', 'b', 'a']);
  assert.deepEqual(m.labels, ['c', 'b', 'a']);
  assert.deepEqual(m.counts, [
    [0, 0, 1],
    [0, 2, 0],
    [0, 1, 1],
  ]);
});

test('macro-F1 averages per-class F1 including classes never predicted', () => {
  // a: P 1/2 R 1/2 -> 0.5; b: P 2/3 R 1 -> 0.8; c: 0
  assert.ok(Math.abs(f1For(gold, predicted, 'b') - 0.8) < 1e-12);
  assert.ok(Math.abs(macroF1(gold, predicted) - (0.5 + 0.8 + 0) / 3) < 1e-12);
});

test('ROC-AUC is 1 for a perfect ranking, 0.5 for all ties, and counts ties half', () => {
  assert.equal(rocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]), 1);
  assert.equal(rocAuc([0.5, 0.5, 0.5], [true, false, false]), 0.5);
  assert.equal(rocAuc([0.9, 0.5, 0.5, 0.1], [true, true, false, false]), (1 + 1 + 1 + 0.5) / 4);
  assert.ok(Number.isNaN(rocAuc([1, 2], [true, true])));
});

test('link P/R/F1 treats links as a set of pairs', () => {
  const r = linkPrf(
    [{ from: 'p1', to: 's1' }, { from: 'p2', to: 's2' }],
    [{ from: 'p1', to: 's1' }, { from: 'p2', to: 's3' }, { from: 'p1', to: 's1' }],
  );
  assert.equal(r.truePositives, 1);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.5);
});
