import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateFact, segmentSpans } from './segment-spans.js';

test('runs cover the whole text and list every range over them', () => {
  const runs = segmentSpans(10, [
    { start: 2, end: 6 },
    { start: 4, end: 8 },
  ]);
  assert.deepEqual(runs, [
    { start: 0, end: 2, marks: [] },
    { start: 2, end: 4, marks: [0] },
    { start: 4, end: 6, marks: [0, 1] },
    { start: 6, end: 8, marks: [1] },
    { start: 8, end: 10, marks: [] },
  ]);
});

test('nested and identical ranges share runs', () => {
  const runs = segmentSpans(6, [
    { start: 0, end: 6 },
    { start: 2, end: 3 },
    { start: 2, end: 3 },
  ]);
  assert.deepEqual(runs.map((r) => r.marks), [[0], [0, 1, 2], [0]]);
});

test('out-of-range and empty ranges are clamped or ignored, never lose text', () => {
  const runs = segmentSpans(5, [
    { start: -3, end: 2 },
    { start: 4, end: 99 },
    { start: 3, end: 3 },
    { start: 4, end: 1 },
  ]);
  assert.deepEqual(runs, [
    { start: 0, end: 2, marks: [0] },
    { start: 2, end: 4, marks: [] },
    { start: 4, end: 5, marks: [1] },
  ]);
  assert.deepEqual(segmentSpans(0, [{ start: 0, end: 4 }]), []);
});

test('a fact is located by its span, else inside its context, else anywhere, else by its context', () => {
  const text = 'Jan. 5 came. Then on Jan. 5 the delegation flew to Yelabuga.';
  const context = 'Then on Jan. 5 the delegation flew to Yelabuga.';
  assert.deepEqual(locateFact(text, 'Jan. 5', context, { start: 0, end: 6 }), { start: 0, end: 6 });
  assert.deepEqual(locateFact(text, 'Jan. 5', context, { start: 50, end: 99 }), { start: 21, end: 27 });
  assert.deepEqual(locateFact(text, 'Jan. 5', null), { start: 0, end: 6 });
  assert.deepEqual(locateFact(text, 'Moscow', context), { start: 13, end: 13 + context.length });
  assert.equal(locateFact(text, 'Moscow', null), null);
  assert.equal(locateFact(text, null, 'not there'), null);
});
