import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regressions, updatedBaseline } from './baseline.js';
import { resultsTable } from './results-table.js';

const result = (metrics: Record<string, number>) => ({ name: 'set', metrics, notes: [], targets: { accuracy: 0.8 } });

test('a drop of more than 2 points is a regression; timing and smaller drops are not', () => {
  const base = { set: { accuracy: 0.8, granularity: 1.0, runSeconds: 10, pairsPerSecond: 50 } };
  assert.deepEqual(regressions([result({ accuracy: 0.79, granularity: 1.01, runSeconds: 99, pairsPerSecond: 1 })], base), []);
  assert.deepEqual(regressions([result({ accuracy: 0.77, granularity: 1.05 })], base), [
    'set accuracy: 0.770 vs baseline 0.800',
    'set granularity: 1.050 vs baseline 1.000',
  ]);
});

test('counts that are not rates are not gated, lower-is-better counts are', () => {
  const base = { set: { found: 137, itemsFlagged: 334, falseFlags: 8 } };
  assert.deepEqual(regressions([result({ found: 130, itemsFlagged: 100, falseFlags: 8 })], base), []);
  assert.deepEqual(regressions([result({ found: 137, itemsFlagged: 334, falseFlags: 9 })], base), ['set falseFlags: 9.000 vs baseline 8.000']);
});

test('a metric missing from a run that has a baseline is reported; an unknown suite is not', () => {
  assert.deepEqual(regressions([result({})], { set: { f1: 0.5 } }), ['set f1: missing (baseline 0.500)']);
  assert.deepEqual(regressions([{ ...result({ f1: 0 }), name: 'new' }], { set: { f1: 0.5 } }), []);
});

test('refreshing the baseline keeps suites that were not run', () => {
  const next = updatedBaseline({ mode: 'quick', written: 'then', figures: { other: { x: 1 } } }, [result({ accuracy: 0.9 })], 'now');
  assert.deepEqual(next.figures, { other: { x: 1 }, set: { accuracy: 0.9 } });
});

test('the table shows value, target and baseline and marks a missed target', () => {
  const table = resultsTable([result({ accuracy: 0.75 })], { set: { accuracy: 0.76 } });
  assert.match(table, /set\s+accuracy\s+0\.750 \*\s+>= 0\.800\s+0\.760/);
});
