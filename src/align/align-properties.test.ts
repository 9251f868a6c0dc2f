import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../core/types.js';
import { SEED, anyText, newsPair } from '../core/test-support/news-text.js';
import { analyze } from '../text/index.js';
import { align } from './index.js';

function inside(span: Span | null, text: string): boolean {
  return span === null || (span.start >= 0 && span.start < span.end && span.end <= text.length);
}

function check(source: string, derivative: string): void {
  const alignment = align(analyze(source), analyze(derivative));
  for (const p of alignment.passages) {
    assert.ok(inside(p.source, source) && inside(p.derivative, derivative), JSON.stringify(p));
    assert.ok(p.similarity >= 0 && p.similarity <= 1);
  }
  for (const score of Object.values(alignment.scores)) assert.ok(score >= 0 && score <= 1, JSON.stringify(alignment.scores));
  assert.deepEqual(align(analyze(source), analyze(derivative)), alignment);
}

test('aligning a news text with its retelling: every passage inside its text, scores in 0..1, the same twice', () => {
  fc.assert(fc.property(newsPair, ([source, derivative]) => check(source, derivative)), { seed: SEED, numRuns: 60 });
});

test('aligning any two texts never throws and keeps every passage inside its text', () => {
  fc.assert(fc.property(anyText, anyText, check), { seed: SEED, numRuns: 100 });
});
