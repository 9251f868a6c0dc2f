import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportFact } from '../report/compare-report.js';
import { type LabelRow, precisionOf, scoreFlags } from './flag-labels.js';

const fact = (status: ReportFact['status'], type: ReportFact['type'], source: string | null, derivative: string | null): ReportFact => ({
  status, type, source, derivative, sourceContext: null, derivativeContext: null, note: '', sourceSpan: null, derivativeSpan: null,
});

test('each label row is used once, so a value flagged twice needs a right row and a duplicate row', () => {
  const rows: LabelRow[] = [['changed', 'person', 'Kate Ames', 'Kate Aimes', 'right'], ['changed', 'person', 'Kate Ames', 'Kate Aimes', 'duplicate']];
  const facts = [fact('changed', 'person', 'Kate Ames', 'Kate Aimes'), fact('changed', 'person', 'Kate Ames', 'Kate Aimes'), fact('changed', 'person', 'Kate Ames', 'Kate Aimes')];
  const score = scoreFlags('p', facts, rows);
  assert.deepEqual(score.byType.person, { flagged: 2, right: 1, wrong: 0, duplicate: 1, fragment: 0 });
  assert.equal(score.uncovered.length, 1);
});

test('a label still applies when only the type of the flagged value changed', () => {
  const rows: LabelRow[] = [['dropped', 'person', 'Harbour Trust', '', 'right']];
  const score = scoreFlags('p', [fact('dropped', 'organization', 'Harbour Trust', null)], rows);
  assert.equal(score.byType.organization.right, 1);
});

test('a long labelled value ending in an ellipsis matches as a prefix, case and spacing aside', () => {
  const rows: LabelRow[] = [['dropped', 'claim', 'the ferry will stop running…', '', 'right']];
  const score = scoreFlags('p', [fact('dropped', 'claim', 'The ferry  will stop running after the winter', null)], rows);
  assert.equal(score.byType.claim.right, 1);
  assert.equal(score.uncovered.length, 0);
});

test('kept facts are not flags and precision counts wrong, duplicate and fragment against it', () => {
  const rows: LabelRow[] = [['unsupported', 'number', '', '40%', 'right'], ['unsupported', 'claim', '', 'said', 'fragment']];
  const facts = [fact('kept', 'number', '3', '3'), fact('unsupported', 'number', null, '40%'), fact('unsupported', 'claim', null, 'said')];
  const score = scoreFlags('p', facts, rows);
  assert.equal(precisionOf(score.byType), 0.5);
  assert.equal(precisionOf(score.byType, ['number']), 1);
  assert.equal(precisionOf({}), 1);
});
