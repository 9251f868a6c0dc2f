/**
 * @module server/test-support/fixtures
 * Articles for server and browser tests: the bundled example story, its machine rewrite, a lightly
 * edited copy and an unrelated story, plus an article whose title is an XSS probe, and a long pair
 * (`largePair`) for the limits, the load test and shutdown mid-compare.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../static-files.js';

const example = (name: string) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8');

export const XSS_TITLE = '<img src=x onerror=alert(1)>';

const UNRELATED = [
  'Heavy rain closed three mountain passes in the northern valleys on Sunday, and the regional road agency said snow ploughs would not reach the highest villages before Wednesday.',
  'Farmers in the area reported losses of young cattle, and the agriculture office opened a fund for emergency feed deliveries by helicopter.',
  'Forecasters expect the weather to settle by the end of the week.',
].join('\n\n');

export function storyArticles() {
  const original = example('original.txt');
  const copy = original.replace('Tuesday', 'Tuesday evening').replace('Mayor Helena Marquardt', 'Mayor Marquardt');
  return [
    { id: 'lindenport/original', title: 'Lindenport council approves $1.2 billion tram line', text: original, published: '2026-03-10T18:00:00Z', outlet: 'Lindenport Herald', url: 'https://herald.example/tram' },
    { id: 'aggregator/rewrite', text: example('rewrite.txt'), published: '2026-03-11T07:30:00Z', outlet: 'News Aggregator' },
    { id: 'wire/copy', title: 'Lindenport votes for tram line', text: copy, published: '2026-03-10T21:00:00Z', outlet: 'Wire Service' },
    { id: 'valley/rain', title: 'Rain closes mountain passes', text: UNRELATED, published: '2026-03-09T08:00:00Z', outlet: 'Valley Post' },
    { id: 'probe/xss', title: XSS_TITLE, text: `${XSS_TITLE} appeared in a comment field.\n\nThe site said it escaped the text before showing it.`, url: 'javascript:alert(2)' },
  ];
}

/** A fresh directory for a SQLite file; `remove()` deletes it. */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  return { dir, db: path.join(dir, 'index.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A long source and its rewrite, each about `copies` × 370 words: the example story told again and
 * again with its numbers shifted, so the aligner has real work (it grows faster than linearly).
 */
export function largePair(copies: number): { source: string; derivative: string } {
  const repeat = (text: string) => Array.from({ length: copies }, (_, i) => text.replace(/\d+/g, (d) => String(Number(d) + i))).join('\n\n');
  return { source: repeat(example('original.txt')), derivative: repeat(example('rewrite.txt')) };
}
