import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mostHits } from './most-hits.js';

const sorted = (hits: Map<string, number>, limit: number) =>
  [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);

test('the ids with the most hits come first, ties by id, as a full sort would list them', () => {
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % n;
  for (let round = 0; round < 200; round++) {
    const hits = new Map<string, number>();
    for (let i = next(60); i > 0; i--) hits.set(`story-${next(80)}`, 1 + next(5));
    for (const limit of [0, 1, 3, 24, 100]) assert.deepEqual(mostHits(hits, limit), sorted(hits, limit), `round ${round}, limit ${limit}`);
  }
});

test('ties are ordered by id whatever order the hits came in', () => {
  assert.deepEqual(mostHits(new Map([['c', 2], ['a', 1], ['b', 2], ['constructor', 2]]), 3), ['b', 'c', 'constructor']);
});
