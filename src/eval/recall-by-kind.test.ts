import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recallByKind } from './dev-rewrites.js';

test('recall per gold kind counts the gold items of each kind less the checker misses naming that kind', () => {
  const gold = { changed: [{}, {}, {}], unsupported: [{}, {}], dropped: [{}] };
  const misses = ['changed: Smith -> Smyth', 'dropped: on Tuesday', 'false flag on equivalent: rose ~ climbed', 'relation same-story'];
  assert.deepEqual(recallByKind(gold, misses), {
    changed: { total: 3, found: 2 },
    unsupported: { total: 2, found: 2 },
    dropped: { total: 1, found: 0 },
  });
  assert.deepEqual(recallByKind({}, []), { changed: { total: 0, found: 0 }, unsupported: { total: 0, found: 0 }, dropped: { total: 0, found: 0 } });
});
