import assert from 'node:assert/strict';
import { test } from 'node:test';
import { story } from './story-conformance.js';
import { StoryCache, storyBytes } from './story-store.js';

const big = (id: string) => story(id, 3, { centroid: { specifics: { keys: [], weights: [] }, terms: { keys: Array.from({ length: 200 }, (_, i) => `term${i}`), weights: Array(200).fill(0.1) }, title: { keys: [], weights: [] } } });

test('the story cache is bounded by bytes: a large story pushes out more small ones than one', () => {
  const small = storyBytes(story('a', 1));
  assert.ok(storyBytes(big('x')) > 4 * small);
  const cache = new StoryCache(storyBytes(big('x')) + 2 * small);
  for (const id of ['a', 'b', 'c', 'd']) cache.set(story(id, 1), 1);
  assert.deepEqual([...cache.found(['a', 'b', 'c', 'd'].map((id) => ({ id, recency: 1 }))).keys()], ['a', 'b', 'c', 'd']);
  cache.set(big('x'), 2);
  const kept = cache.found(['a', 'b', 'c', 'd', 'x'].map((id) => ({ id, recency: id === 'x' ? 2 : 1 })));
  assert.deepEqual([...kept.keys()], ['c', 'd', 'x']);
});

test('a cached story is found only at the recency it was stored at', () => {
  const cache = new StoryCache();
  cache.set(story('a', 1), 5);
  assert.equal(cache.found([{ id: 'a', recency: 6 }]).size, 0);
  assert.equal(cache.found([{ id: 'a', recency: 5 }]).get('a')?.size, 1);
});
