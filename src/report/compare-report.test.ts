import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extract } from '../extract/index.js';
import { compareDocuments } from '../pipeline/compare.js';
import { repoRoot } from '../server/static-files.js';
import { CompareReportSchema } from './compare-report.js';
import { sampleReport } from './test-support/sample-report.js';

const example = (name: string) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8');

/** zod drops keys a schema does not name, so a round trip that changes nothing proves every field is described. */
function assertDescribed(report: unknown) {
  const parsed = CompareReportSchema.safeParse(report);
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
  assert.deepEqual(parsed.data, report);
}

test('the schema describes every field of a real report, from text and from HTML', () => {
  assertDescribed(compareDocuments(extract(example('original.txt')), extract(example('rewrite.txt')), { sourceLabel: 'original.txt' }));
  assertDescribed(compareDocuments(extract(example('original.html')), extract(example('rewrite.txt'))));
});

test('the fixture report of the renderer tests is a valid report too', () => {
  assertDescribed(sampleReport());
});

test('the schema refuses a report missing what the web UI reads', () => {
  const report = compareDocuments(extract(example('original.txt')), extract(example('rewrite.txt')));
  const { evidence: _, ...verdict } = report.verdict;
  assert.equal(CompareReportSchema.safeParse({ ...report, verdict }).success, false);
  const { summary: __, ...noSummary } = report;
  assert.equal(CompareReportSchema.safeParse(noSummary).success, false);
});
