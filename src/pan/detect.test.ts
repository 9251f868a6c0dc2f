import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropContained, mergeAdjacent } from './detect.js';

const pair = (s0: number, s1: number, d0: number, d1: number) => ({ source: { start: s0, end: s1 }, suspicious: { start: d0, end: d1 } });

test('passages that continue each other on both sides across punctuation become one detection', () => {
  const source = 'x'.repeat(100) + '. ' + 'y'.repeat(100);
  const suspicious = 'z'.repeat(50) + 'x'.repeat(100) + '. ' + 'y'.repeat(100);
  const merged = mergeAdjacent([pair(102, 202, 152, 252), pair(0, 100, 50, 150)], source, suspicious);
  assert.deepEqual(merged, [pair(0, 202, 50, 252)]);
});

test('passages separated by words, or out of order on the source side, stay apart', () => {
  const text = 'a'.repeat(100) + ' other words here ' + 'b'.repeat(100);
  assert.equal(mergeAdjacent([pair(0, 100, 0, 100), pair(118, 218, 118, 218)], text, text).length, 2);
  const plain = 'c'.repeat(300);
  assert.equal(mergeAdjacent([pair(150, 250, 0, 100), pair(0, 100, 100, 200)], plain, plain).length, 2);
});

test('a passage mostly inside a longer one is dropped, a partly overlapping one kept', () => {
  const kept = dropContained([pair(0, 50, 10, 60), pair(0, 300, 0, 300), pair(400, 500, 250, 400)]);
  assert.deepEqual(kept, [pair(0, 300, 0, 300), pair(400, 500, 250, 400)]);
});
