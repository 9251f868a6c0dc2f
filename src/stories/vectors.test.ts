import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addVector, cosine, heaviestKeys, sharedKeys, tfidf, topKeys, vectorOf } from './vectors.js';

const frequencies = { documents: 9, df: (key: string) => ({ quake: 8, Mirenza: 1, rescuer: 4 })[key] ?? 0 };

test('a tf-idf vector keeps its heaviest keys, sorted by key, with unit length', () => {
  const v = tfidf({ quake: 3, Mirenza: 2, rescuer: 1, harbour: 1 }, frequencies, 3);
  // rescuer, once in the text and in 4 of 9 documents, is the lightest.
  assert.deepEqual(v.keys, ['Mirenza', 'harbour', 'quake']);
  assert.ok(Math.abs(Math.hypot(...v.weights) - 1) < 1e-12);
  assert.ok(v.weights[0]! > v.weights[2]!);
});

test('cosine of sorted vectors matches the dot product of their keys in common, and is 0 for an empty one', () => {
  const a = vectorOf({ Mirenza: 3, quake: 4 });
  const b = vectorOf({ quake: 1, harbour: 1 });
  assert.ok(Math.abs(cosine(a, b) - 4 / (5 * Math.SQRT2)) < 1e-12);
  assert.equal(cosine(a, vectorOf({})), 0);
});

test('a centroid adds weights key by key and keeps its heaviest keys, ties broken by key', () => {
  const sum = addVector(vectorOf({ Mirenza: 0.5, quake: 0.25, harbour: 0.25 }), vectorOf({ quake: 0.5, Telsk: 0.25, aftershock: 0.25 }), 4);
  assert.deepEqual(sum, vectorOf({ Mirenza: 0.5, quake: 0.75, Telsk: 0.25, aftershock: 0.25 }));
});

test('shared keys come heaviest product first; top keys heaviest first, ties by key, however many there are', () => {
  assert.deepEqual(sharedKeys(vectorOf({ Mirenza: 0.9, quake: 0.2, Telsk: 0.5 }), vectorOf({ quake: 0.9, Mirenza: 0.1, harbour: 1 })), ['quake', 'Mirenza']);
  const many = vectorOf(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${String(i).padStart(2, '0')}`, (i % 7) / 7])));
  const sorted = many.keys.map((k, i) => [k, many.weights[i]!] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  for (const limit of [0, 1, 5, 14, 15, 60, 70]) assert.deepEqual(topKeys(many, limit), sorted.slice(0, limit));
});

test('a vector cut to its heaviest keys stays sorted by key, ties broken by key', () => {
  const v = vectorOf({ quake: 0.5, Mirenza: 0.2, harbour: 0.5, Telsk: 0.1, aftershock: 0.2 });
  assert.deepEqual(heaviestKeys(v, 3), vectorOf({ quake: 0.5, harbour: 0.5, Mirenza: 0.2 }));
  assert.equal(heaviestKeys(v, 5), v);
});
