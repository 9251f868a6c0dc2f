import { test } from 'node:test';
import assert from 'node:assert/strict';
import { granularity, macroPrecision, macroRecall, panScores, plagdetScore, type PanAnnotation } from './pan-measures.js';

const ann = (thisOffset: number, thisLength: number, sourceOffset: number, sourceLength: number, pair = 'a'): PanAnnotation => ({
  thisReference: `susp-${pair}`,
  sourceReference: `src-${pair}`,
  thisOffset,
  thisLength,
  sourceOffset,
  sourceLength,
});

test('a detection covering half of a case on both sides gives recall 0.5 and precision 1', () => {
  const s = panScores([ann(0, 100, 0, 100)], [ann(0, 50, 0, 50)]);
  assert.equal(s.recall, 0.5);
  assert.equal(s.precision, 1);
  assert.equal(s.granularity, 1);
  assert.ok(Math.abs(s.plagdet - 2 / 3) < 1e-12);
});

test('a case split over two detections has granularity 2 and plagdet 1/log2(3)', () => {
  const s = panScores([ann(0, 100, 0, 100)], [ann(0, 50, 0, 50), ann(50, 50, 50, 50)]);
  assert.equal(s.recall, 1);
  assert.equal(s.precision, 1);
  assert.equal(s.granularity, 2);
  assert.ok(Math.abs(s.plagdet - 1 / Math.log2(3)) < 1e-12);
});

test('overlapping detections are not counted twice and excess characters lower precision', () => {
  const cases = [ann(100, 100, 0, 100)];
  const detections = [ann(50, 100, 0, 100), ann(120, 30, 10, 30)];
  assert.equal(macroRecall(cases, detections), (50 + 100) / 200);
  assert.equal(macroPrecision(cases, detections), ((50 + 100) / 200 + 1) / 2);
});

test('detections on another document pair do not count', () => {
  const s = panScores([ann(0, 100, 0, 100, 'a')], [ann(0, 100, 0, 100, 'b')]);
  assert.deepEqual(s, { precision: 0, recall: 0, granularity: 1, plagdet: 0 });
});

test('suspicious-side scoring ignores shifted source offsets; tolerance widens the source overlap test', () => {
  const cases = [ann(0, 100, 1000, 100)];
  const detections = [ann(0, 100, 950, 40)];
  assert.equal(macroRecall(cases, detections), 0);
  assert.equal(macroRecall(cases, detections, { sides: 'this' }), 1);
  assert.equal(granularity(cases, detections, { sourceTolerance: 20 }), 1);
});

test('macro averaging weighs every case equally', () => {
  const cases = [ann(0, 10, 0, 10), ann(100, 1000, 100, 1000)];
  assert.equal(macroRecall(cases, [ann(0, 10, 0, 10)]), 0.5);
});

test('agrees with the worked values published with the PAN reference measures', () => {
  const a = (t: string, to: number, tl: number, so: number, sl: number): PanAnnotation => ({
    thisReference: t,
    sourceReference: `s-${t}`,
    thisOffset: to,
    thisLength: tl,
    sourceOffset: so,
    sourceLength: sl,
  });
  const ann1 = a('t1', 0, 100, 0, 100);
  const ann3 = a('t1', 100, 100, 100, 100);
  const ann4 = a('t1', 0, 200, 0, 200);
  const ann7 = a('t2', 0, 100, 0, 100);
  const ann9 = a('t2', 50, 100, 50, 100);
  const ann10 = a('t2', 25, 75, 25, 75);
  assert.equal(macroRecall([ann1, ann7], [ann1]), 0.5);
  assert.equal(macroRecall([ann7], [ann9, ann10]), 0.75);
  assert.equal(macroPrecision([ann7], [ann9, ann10]), 0.75);
  assert.equal(macroPrecision([ann1], [ann3, ann4]), 0.25);
  assert.equal(macroPrecision([ann1], [ann4]), 0.5);
  assert.ok(Math.abs(plagdetScore(1, 1, 2) - 0.63092975) < 1e-8);
  assert.ok(Math.abs(plagdetScore(0.25, 0.75, 2) - 0.23659865) < 1e-8);
});
