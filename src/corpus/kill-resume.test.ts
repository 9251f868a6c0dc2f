import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { syntheticCorpus } from './test-support/synthetic-corpus.js';

// Runs the built CLI (`npm test` builds dist/ first), as a user would, so SIGKILL hits a real process.
const bin = resolve(import.meta.dirname, '../../bin/newstrace.js');
const dir = mkdtempSync(join(tmpdir(), 'newstrace-resume-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const corpus = syntheticCorpus({ docs: 150, seed: 7 });
const input = join(dir, 'corpus.jsonl');
writeFileSync(input, corpus.docs.map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text, published: d.published ?? undefined })).join('\n'));

function count(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

function ingestJson(db: string, threads = '0'): { read: number; ingested: number; unchanged: number } {
  const run = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--batch', '10', '--threads', threads, '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

async function killMidRun(db: string, threads = '0'): Promise<number> {
  const child = spawn(process.execPath, [bin, 'ingest', input, '--db', db, '--batch', '10', '--threads', threads], { stdio: 'ignore' });
  const exited = new Promise((done) => child.on('exit', done));
  const deadline = Date.now() + 60_000;
  while (count(db) < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
  return count(db);
}

test('an ingest killed with SIGKILL leaves whole batches, and re-running completes it exactly', async () => {
  const db = join(dir, 'killed.db');
  const stored = await killMidRun(db);
  assert.ok(stored > 0 && stored < corpus.docs.length, `killed after ${stored} documents`);
  assert.equal(stored % 10, 0, 'only whole batches are committed');
  const resumed = ingestJson(db);
  assert.equal(resumed.unchanged, stored);
  assert.equal(resumed.ingested, corpus.docs.length - stored);
  assert.equal(ingestJson(db).ingested, 0);

  const clean = join(dir, 'clean.db');
  ingestJson(clean);
  const [a, b] = [await openSqliteStore(db), await openSqliteStore(clean)];
  try {
    assert.equal(await a.countDocuments(), corpus.docs.length);
    for (const d of corpus.docs.slice(0, 50)) assert.deepEqual(await a.getKeys(d.id), await b.getKeys(d.id));
    const pairs = async (s: typeof a) => (await s.allEdges()).map((e) => `${e.from} ${e.to} ${e.relation}`).sort();
    assert.deepEqual(await pairs(a), await pairs(b));
  } finally {
    await a.close();
    await b.close();
  }
  const check = new Database(db, { readonly: true });
  assert.equal((check.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
  check.close();
});

test('an ingest killed while its stories are assigned on a thread of their own leaves no document without a story once re-run', async () => {
  const db = join(dir, 'killed-threads.db');
  const stored = await killMidRun(db, '1');
  assert.ok(stored > 0 && stored < corpus.docs.length, `killed after ${stored} documents`);
  assert.equal(ingestJson(db, '1').ingested, corpus.docs.length - stored);
  const check = new Database(db, { readonly: true });
  try {
    assert.equal((check.prepare('SELECT count(*) AS n FROM story_of').get() as { n: number }).n, corpus.docs.length);
  } finally {
    check.close();
  }
});
