import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { syntheticCorpus } from '../../corpus/test-support/synthetic-corpus.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';

// The built CLI (`npm test` builds dist/ first): the pool must find its compiled worker there.
const bin = resolve(import.meta.dirname, '../../../bin/newstrace.js');
const dir = mkdtempSync(join(tmpdir(), 'newstrace-threads-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const corpus = syntheticCorpus({ docs: 80, seed: 3 });
const input = join(dir, 'corpus.jsonl');
writeFileSync(input, [...corpus.docs.map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text })), '{"id": "cut'].join('\n'));

async function ingested(threads: string) {
  const db = join(dir, `threads-${threads}.db`);
  const run = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--threads', threads, '--batch', '20', '--json'], { encoding: 'utf8', timeout: 120_000 });
  // The cut last line is skipped and named; everything else is ingested.
  assert.equal(run.status, 3, run.stderr);
  const { seconds: _seconds, db: _db, ...summary } = JSON.parse(run.stdout);
  const store = await openSqliteStore(db);
  try {
    const edges = (await store.allEdges()).map((e) => `${e.from}>${e.to}:${e.relation}:${e.score.toFixed(4)}`).sort();
    const stories = await store.stories.listStories({ minSize: 1, limit: 1000 });
    return { summary, edges, stories };
  } finally {
    await store.close();
  }
}

test('ingest with worker threads (stories on one of their own), run from dist/, stores the same documents, links, stories and problems as inline', async () => {
  const inline = await ingested('0');
  const threaded = await ingested('2');
  assert.equal(inline.summary.ingested, 80);
  assert.equal(inline.summary.problems.length, 1);
  assert.ok(inline.edges.length > 10);
  assert.ok(inline.stories.length > 10);
  assert.deepEqual(threaded, inline);
});

test('a failure on the ingest thread is reported as inline: same exit code, same message', () => {
  const db = join(dir, 'no-such-folder', 'index.db');
  const run = (threads: string) => spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--threads', threads], { encoding: 'utf8', timeout: 120_000 });
  const [inline, threaded] = [run('0'), run('2')];
  assert.notEqual(inline.status, 0);
  assert.match(inline.stderr, /no-such-folder/);
  assert.deepEqual({ status: threaded.status, stderr: threaded.stderr }, { status: inline.status, stderr: inline.stderr });
});
