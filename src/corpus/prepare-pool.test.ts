import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceItem } from '../ingest/index.js';
import { syntheticRecords } from '../queue/test-support/synthetic-records.js';
import type { AnalyzedText } from '../core/types.js';
import { analysisOf, prepareDocument, type PreparedDocument } from './prepare-document.js';
import { createPreparePool, type PreparePool } from './prepare-pool.js';

let pool: PreparePool;

before(async () => {
  await initFingerprint();
  pool = await createPreparePool({ threads: 2, maxInFlight: 4 });
});

after(async () => {
  await pool.close();
});

const problemItem: SourceItem = { kind: 'problem', path: 'feed.xml', line: 3, reason: 'not a feed item', code: 'invalid_record' };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test('documents come out in input order, prepared as they would be inline, with source problems in place', async () => {
  const records = syntheticRecords(40);
  const input: SourceItem[] = [...records.slice(0, 7), problemItem, ...records.slice(7)];
  const out = await collect(pool.prepare(input));
  assert.deepEqual(out.map((o) => (o.kind === 'prepared' ? o.record.id : o.path)), input.map((i) => (i.kind === 'document' ? i.record.id : i.path)));
  assert.deepEqual(out[7], problemItem);
  const last = records.at(-1)!.record;
  const pooled = out.at(-1) as PreparedDocument;
  const { analyzed, ...inline } = prepareDocument(last) as PreparedDocument & { analyzed: AnalyzedText };
  assert.ok('packed' in pooled, 'the analysis stays packed until the document is linked');
  const { packed: _, ...rest } = pooled;
  assert.deepEqual(rest, inline);
  assert.deepEqual(analysisOf(pooled), analyzed);
});

test('a record that cannot be analysed becomes a problem naming its file, and the records after it still come', async () => {
  const [a, b, c] = syntheticRecords(3);
  const broken = { ...b!, record: { ...b!.record, origin: 'wire.jsonl#2', extracted: { ...b!.record.extracted, text: null as unknown as string } } };
  const out = await collect(pool.prepare([a!, broken, c!]));
  assert.deepEqual(out.map((o) => o.kind), ['prepared', 'problem', 'prepared']);
  const problem = out[1]!;
  assert.ok(problem.kind === 'problem');
  assert.equal(problem.path, 'wire.jsonl#2');
  assert.equal(problem.code, 'invalid_record');
  assert.match(problem.reason, /could not be analysed/);
});

test('the source is read at most maxInFlight documents ahead of the consumer', async () => {
  const records = syntheticRecords(30);
  let pulled = 0;
  function* source() {
    for (const r of records) {
      pulled++;
      yield r;
    }
  }
  const iterator = pool.prepare(source());
  await iterator.next();
  assert.ok(pulled <= 5, `pulled ${pulled} for one taken`);
  await iterator.return(undefined);
  assert.ok(pulled <= 5);
});

test('the source is read ahead while the consumer is busy with what it took', { timeout: 30_000 }, async () => {
  const records = syntheticRecords(30);
  let pulled = 0;
  let reachedAhead: () => void = () => {};
  const ahead = new Promise<void>((resolve) => (reachedAhead = resolve));
  function* source() {
    for (const r of records) {
      if (++pulled === 5) reachedAhead();
      yield r;
    }
  }
  const iterator = pool.prepare(source());
  await iterator.next();
  // No further next(): the pump alone fills the 4 places ahead.
  await ahead;
  await iterator.return(undefined);
  assert.equal(pulled, 5);
});

test('inline preparation (no threads) gives the same items', async () => {
  const inline = await createPreparePool({ threads: 0 });
  const records = syntheticRecords(5);
  assert.deepEqual(await collect(inline.prepare(records)), records.map((r) => prepareDocument(r.record)));
  await inline.close();
});

test('after close() a process with a pool exits on its own, also when the consumer stopped early', () => {
  const script = fileURLToPath(new URL('./test-support/pool-run.ts', import.meta.url));
  for (const args of [['2', '12'], ['2', '40', '3']]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.signal, null, `timed out: ${run.stderr}`);
    assert.equal(run.status, 0, run.stderr);
    const ids = JSON.parse(run.stdout) as string[];
    assert.equal(ids.length, Number(args[2] ?? args[1]));
  }
});

test('a closed pool refuses new work', async () => {
  const closed = await createPreparePool({ threads: 1 });
  await closed.close();
  await assert.rejects(closed.prepare(syntheticRecords(1)).next(), /after close/);
});
