import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { extract } from '../extract/index.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import * as texts from '../verdict/test-support/relation-fixtures.js';
import { indexDocuments, type DocumentResult } from './pipeline.js';
import { DEFAULT_POLICY } from './policy.js';
import { fixtureRecord as record } from './test-support/fixture-record.js';
import { trace } from './trace.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-relations-'));
let store: SqliteStore;
const results = new Map<string, DocumentResult>();

// The notice first, then one retelling of each kind; two per batch, so batch-mates and stored
// documents are both found.
const RECORDS = [
  record('notice', texts.BRIDGE_NOTICE, 1), record('reprint', texts.BRIDGE_NOTICE, 2), record('light', texts.BRIDGE_LIGHT, 3),
  record('heavy', texts.BRIDGE_HEAVY, 4), record('column', texts.TRAVEL_COLUMN, 5), record('report', texts.BRIDGE_REPORT, 6),
  record('match', texts.MATCH_REPORT, 7),
];

before(async () => {
  store = await openSqliteStore(join(dir, 'index.db'));
  for await (const r of indexDocuments(store, RECORDS, { ...DEFAULT_POLICY, batchSize: 2 })) results.set(r.id, r);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const edgeTo = async (id: string) => (await store.edgesOf(id)).find((e) => e.to === id && e.from === 'notice');

test('a reprint is linked as a copy on its estimated containment, without aligning', async () => {
  const edge = await edgeTo('reprint');
  assert.equal(edge?.relation, 'copy');
  assert.equal(edge?.evidence, 'estimated');
  assert.equal(results.get('reprint')?.aligned, 0);
  assert.equal(results.get('reprint')?.duplicateOf, 'notice');
});

test('light and heavy rewrites are derived from the notice, dated direction', async () => {
  assert.equal((await edgeTo('light'))?.relation, 'light-rewrite');
  const heavy = await edgeTo('heavy');
  assert.equal(heavy?.relation, 'heavy-rewrite');
  assert.equal(heavy?.directed, true);
});

test('a reused passage is a partial-copy edge, with the share reused, in the index and in trace', async () => {
  const edge = await edgeTo('column');
  assert.equal(edge?.relation, 'partial-copy');
  assert.ok(edge!.derivativeCoverage > 0.1 && edge!.derivativeCoverage < 0.5, `share of the column reused: ${edge!.derivativeCoverage}`);
  // The notice, its reprint and the light rewrite are near copies of one another: one copy class,
  // aligned once with the column; the other two inherit the verdict on that evidence.
  assert.ok(results.get('column')!.aligned <= 2, `aligned ${results.get('column')!.aligned}`);
  const inherited = (await store.edgesOf('column')).filter((e) => e.from !== 'notice');
  assert.deepEqual(inherited.map((e) => [e.from, e.relation, e.evidence]).sort(), [['light', 'partial-copy', 'estimated'], ['reprint', 'partial-copy', 'estimated']]);
  // A partial copy is a stored edge, not a story join: a column quoting a notice may report another event.
  assert.ok((await store.edgesOf('notice')).some((e) => e.from === 'notice' && e.to === 'column' && e.relation === 'partial-copy'));
  // The reprint and the light rewrite hold the same passage; the notice, published first, leads.
  const traced = await trace(store, 'column');
  assert.deepEqual(traced.related.map((e) => [e.id, e.role, e.relation]), [
    ['notice', 'source', 'partial-copy'], ['reprint', 'source', 'partial-copy'], ['light', 'source', 'partial-copy'],
  ]);
});

test('an independent report of the same event and an unrelated text are no derived edge', async () => {
  for (const id of ['report', 'match']) {
    assert.deepEqual((await store.edgesOf(id)).filter((e) => e.relation !== 'same-story'), [], id);
  }
  assert.equal(results.get('match')?.edges.length, 0);
});

test('every document has one result saying what happened to it', () => {
  assert.deepEqual([...results.keys()], RECORDS.map((r) => r.id));
  assert.ok([...results.values()].every((r) => r.outcome === 'inserted' && r.ms >= 0));
});

test('tracing an outside text ranks the notice first and stores nothing', async () => {
  const before = await store.countDocuments();
  const traced = await trace(store, extract(texts.BRIDGE_HEAVY.replace('roughly', 'about'), { format: 'text' }));
  assert.equal(traced.related[0]?.id, 'notice');
  assert.equal(await store.countDocuments(), before);
});
