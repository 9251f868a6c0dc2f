import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Fact } from '../core/types.js';
import { SEED, anyText, newsPair } from '../core/test-support/news-text.js';
import { align } from '../align/index.js';
import { analyze } from '../text/index.js';
import { auditFacts } from './index.js';

function audit(source: string, derivative: string) {
  const [a, b] = [analyze(source), analyze(derivative)];
  return auditFacts(a, b, align(a, b));
}

function check(source: string, derivative: string): void {
  const diffs = audit(source, derivative);
  const at = (fact: Fact | null, text: string) => fact === null || text.slice(fact.span.start, fact.span.end) === fact.text;
  for (const d of diffs) {
    assert.ok(d.source !== null || d.derivative !== null);
    assert.ok(at(d.source, source) && at(d.derivative, derivative), JSON.stringify(d));
  }
  assert.deepEqual(audit(source, derivative), diffs);
}

test('auditing a news text against its retelling: every fact is its text at its span, the same twice', () => {
  fc.assert(fc.property(newsPair, ([source, derivative]) => check(source, derivative)), { seed: SEED, numRuns: 60 });
});

test('auditing any two texts never throws', () => {
  fc.assert(fc.property(anyText, anyText, check), { seed: SEED, numRuns: 100 });
});
