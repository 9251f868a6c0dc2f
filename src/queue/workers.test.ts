import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../corpus/ingest.js';
import { createPostgresStore } from '../store/postgres/postgres-store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { tryStartEmbeddedPostgres } from '../store/postgres/test-support/embedded.js';
import { enqueueSources } from './enqueue-sources.js';
import { syntheticRecords } from './test-support/synthetic-records.js';

const started = await tryStartEmbeddedPostgres();
const server = 'server' in started ? started.server : undefined;
after(async () => server?.stop());
const workerScript = fileURLToPath(new URL('./test-support/worker-process.ts', import.meta.url));
const children = new Set<ChildProcess>();
const tmp = mkdtempSync(join(tmpdir(), 'newstrace-queue-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
after(() => { for (const child of children) child.kill('SIGKILL'); });

interface Line { batch?: string[]; stored?: string[]; result?: { read: number; ingested: number; unchanged: number; linked: number } }

/** A worker process; `lines` collects its JSON output, `exit` resolves with its exit code. */
function startWorker(url: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, NT_URL: url, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const lines: Line[] = [];
  const waiting: ((line: Line) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    waiting.splice(0).forEach((notify) => notify(line));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => { children.delete(child); resolve(code); }));
  const nextLine = () => new Promise<Line>((resolve) => waiting.push(resolve));
  return { child, lines, exit, nextLine };
}

async function storedIds(url: string): Promise<string[]> {
  const store = await createPostgresStore(url);
  try {
    return (await store.listDocuments({ limit: 10_000 })).map((d) => d.id);
  } finally {
    await store.close();
  }
}

/** Unordered linked pairs: direction may be decided by evidence either way. */
async function edgePairs(opening: Promise<Store>): Promise<string[]> {
  const store = await opening;
  try {
    return (await store.allEdges()).map((e) => [e.from, e.to].sort().join(' ~ ')).sort();
  } finally {
    await store.close();
  }
}

async function serialIndex(items: ReturnType<typeof syntheticRecords>): Promise<Store> {
  const store = await openSqliteStore(join(tmp, 'serial.db'));
  await ingest(store, (async function* () { yield* items; })());
  return store;
}

describe('ingest queue with pg-boss workers', { skip: 'skip' in started ? started.skip : undefined }, () => {
  test('enqueueing the same input twice adds no job while the first is pending', async () => {
    const url = await server!.createDatabase();
    const items = [...syntheticRecords(7), { kind: 'problem' as const, path: 'bad.jsonl', line: 3, reason: 'invalid JSON', code: 'invalid_record' as const }];
    const first = await enqueueSources(url, items, { batchSize: 3 });
    assert.deepEqual({ ...first, problems: first.problems.length }, { enqueued: 7, jobs: 3, alreadyQueued: 0, problems: 1 });
    const again = await enqueueSources(url, items, { batchSize: 3 });
    assert.deepEqual({ ...again, problems: again.problems.length }, { enqueued: 0, jobs: 0, alreadyQueued: 3, problems: 1 });
  });

  test('two worker processes in parallel index every document exactly once', async () => {
    const url = await server!.createDatabase();
    const items = syntheticRecords(60);
    await enqueueSources(url, items, { batchSize: 5 });
    const workers = [startWorker(url, { NT_CONCURRENCY: '2' }), startWorker(url, { NT_CONCURRENCY: '2' })];
    assert.deepEqual(await Promise.all(workers.map((w) => w.exit)), [0, 0]);
    const processed = workers.flatMap((w) => w.lines.flatMap((l) => l.batch ?? []));
    assert.equal(processed.length, 60, 'each job ran once');
    assert.equal(workers.flatMap((w) => w.lines).reduce((n, l) => n + (l.result?.ingested ?? 0), 0), 60);
    assert.deepEqual(processed.sort(), items.map((i) => i.record.id));
    assert.deepEqual(await storedIds(url), items.map((i) => i.record.id));
    const pairs = await edgePairs(createPostgresStore(url));
    assert.equal(pairs.length, 15, 'every fourth document retells one');
    assert.deepEqual(pairs, await edgePairs(serialIndex(items)), 'the same links as one serial ingest');
  });

  test('a worker killed mid-job has its job retried by another, and nothing is duplicated', async () => {
    const url = await server!.createDatabase();
    const items = syntheticRecords(20, 'kill');
    await enqueueSources(url, items, { batchSize: 5, expireInSeconds: 2, retryDelay: 1 });
    const doomed = startWorker(url, { NT_HANG_AFTER_STORE: '1' });
    const { stored } = await doomed.nextLine();
    doomed.child.kill('SIGKILL');
    await doomed.exit;
    assert.equal(stored?.length, 5);
    const rescuer = startWorker(url);
    assert.equal(await rescuer.exit, 0);
    const retried = rescuer.lines.find((l) => l.batch?.[0] === stored![0]);
    assert.ok(retried, 'the killed job was processed again');
    assert.deepEqual(retried.result, { ...retried.result, read: 5, ingested: 0, unchanged: 5 }, 'its stored documents were not written twice');
    assert.equal(rescuer.lines.flatMap((l) => l.batch ?? []).length, 20);
    assert.deepEqual(await storedIds(url), items.map((i) => i.record.id));
  });
});
