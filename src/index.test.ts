import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocuments, extract } from './index.js';

test('the library compares two texts in one call', () => {
  const source = 'The council approved the tram line on Tuesday. It will cost $1.2 billion, the mayor said.';
  const rewrite = 'The council approved the tram line on Tuesday. It will cost $2 billion, the mayor said.';
  const report = compareDocuments(extract(source), extract(rewrite));
  assert.ok(['copy', 'light-rewrite'].includes(report.verdict.relation));
  assert.ok(report.facts.some((f) => f.status === 'changed' && f.type === 'money'));
});
