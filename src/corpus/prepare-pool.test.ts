import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceItem } from '../ingest/index.js';
import { syntheticRecords } from '../queue/test-support/synthetic-records.js';
import type { AnalyzedText } from '../core/types.js';
import { draftItem, finishDraft } from '../ingest/record.js';
import { analysisOf, prepareDocument, type PreparedDocument, type SourceProblem } from './prepare-document.js';
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
  assert.deepEqual(out.map((o) => (o.kind === 'prepared' ? o.record.id : o.path)), input.map((i) => (i.kind === 'document' ? i.record.id : i.kind === 'problem' ? i.path : i.draft.id)));
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

test('a reader\'s draft is extracted on the pool\'s thread into the record it would have inline, and one that cannot be is a problem naming it', async () => {
  const source = { file: '/corpus/wire.jsonl', relPath: 'corpus/wire.jsonl', display: 'wire.jsonl', inFolder: false };
  const page = `<html><head><title>Harbour strike ends</title><meta property="og:site_name" content="Velsen Courant"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour strike ends</h1>
    <p>Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said. About 1,200 of the 1,450 members took part.</p>
    <p>"It is not everything we asked for," said spokeswoman Ines de Vries, adding that pay rises by 4% in 2025.</p></article>
    <footer>Copyright Velsen Courant</footer></body></html>`;
  const items = [
    draftItem(source, { id: 'a', url: 'https://courant.example/a', input: { content: page, options: { format: 'html', url: 'https://courant.example/a' } }, at: 1 }),
    draftItem(source, { id: 'b', input: { content: '   ', options: { format: 'text' } }, at: 2 }),
  ];
  const inline = await createPreparePool({ threads: 0 });
  try {
    const [pooled, expected] = [await collect(pool.prepare(items)), await collect(inline.prepare(items))];
    assert.equal(pooled[0]!.kind, 'prepared');
    const record = (pooled[0] as PreparedDocument).record;
    assert.deepEqual(record, (finishDraft((items[0] as Extract<SourceItem, { kind: 'draft' }>).draft) as Extract<SourceItem, { kind: 'document' }>).record);
    assert.equal(record.outlet, 'Velsen Courant');
    assert.ok(!record.extracted.text.includes('Copyright'), record.extracted.text);
    assert.deepEqual(analysisOf(pooled[0] as PreparedDocument), analysisOf(expected[0] as PreparedDocument));
    assert.deepEqual(pooled[1], expected[1]);
    assert.deepEqual([pooled[1]!.kind, (pooled[1] as SourceProblem).path, (pooled[1] as SourceProblem).line], ['problem', 'wire.jsonl', 2]);
  } finally {
    await inline.close();
  }
});
