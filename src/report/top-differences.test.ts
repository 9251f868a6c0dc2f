import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportFact } from './compare-report.js';
import { topDifferences } from './top-differences.js';

const fact = (status: ReportFact['status'], type: ReportFact['type'], value: string): ReportFact => ({
  status, type, source: status === 'unsupported' ? null : value, derivative: status === 'dropped' ? null : value,
  sourceContext: null, derivativeContext: null, note: '', sourceSpan: null, derivativeSpan: null,
});

test('changed and added names, amounts, quotes and attributions come first, then dates, omissions and statements last', () => {
  const facts = [
    fact('dropped', 'claim', 'the ferry stops in winter'),
    fact('kept', 'person', 'Ana Ruiz'),
    fact('dropped', 'number', '40 boats'),
    fact('unsupported', 'date', 'next week'),
    fact('unsupported', 'money', '$2m'),
    fact('changed', 'person', 'Ana Ruis'),
    fact('unsupported', 'claim', 'fares will double'),
  ];
  assert.deepEqual(topDifferences(facts), [5, 4, 3, 6, 2, 0]);
});

test('at most ten, and none for a report with only kept facts', () => {
  const many = Array.from({ length: 14 }, (_, i) => fact('dropped', 'number', String(i)));
  assert.deepEqual(topDifferences(many), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(topDifferences([fact('kept', 'place', 'Oslo')]), []);
});
