import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bCubedF1, pairwiseF1 } from './clustering.js';

test('identical clusterings score 1 whatever the label names', () => {
  assert.equal(pairwiseF1(['x', 'x', 'y'], [1, 1, 2]).f1, 1);
  assert.equal(bCubedF1(['x', 'x', 'y'], [1, 1, 2]).f1, 1);
});

test('pairwise F1 counts co-clustered pairs', () => {
  // gold pairs: (0,1),(0,2),(1,2),(3,4) = 4; predicted pairs: (0,1),(2,3) = 2; shared: (0,1)
  const r = pairwiseF1(['a', 'a', 'a', 'b', 'b'], [1, 1, 2, 2, 3]);
  assert.equal(r.precision, 1 / 2);
  assert.equal(r.recall, 1 / 4);
});

test('B-cubed averages per-item precision and recall', () => {
  // gold {0,1,2}; predicted {0,1},{2}: precision 1 each; recall 2/3,2/3,1/3
  const r = bCubedF1(['a', 'a', 'a'], [1, 1, 2]);
  assert.equal(r.precision, 1);
  assert.ok(Math.abs(r.recall - 5 / 9) < 1e-12);
});

test('all singletons on both sides agree perfectly under pairwise F1', () => {
  assert.equal(pairwiseF1([1, 2, 3], ['a', 'b', 'c']).f1, 1);
});
