import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type Database from 'better-sqlite3';
import type { SourceItem } from '../ingest/index.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { extract } from '../extract/index.js';
import { ingest } from './ingest.js';
import { syntheticCorpus } from './test-support/synthetic-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-full-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const corpus = syntheticCorpus({ docs: 120, seed: 11 });

async function* items(): AsyncIterable<SourceItem> {
  for (const d of corpus.docs) {
    yield { kind: 'document', record: { id: d.id, path: null, url: null, outlet: null, published: d.published ?? null, extracted: extract(d.text, { format: 'text' }), origin: d.id } };
  }
}

/** The store's own connection: a page limit holds per connection, and stands in for a full disk. */
const connection = (store: SqliteStore) => store['db'] as Database.Database;

test('a disk that fills up during ingest gives a clear error, keeps whole batches intact, and the same command resumes', async () => {
  const file = join(dir, 'full.db');
  const store = await openSqliteStore(file);
  try {
    const used = (connection(store).pragma('page_count', { simple: true }) as number);
    connection(store).pragma(`max_page_count = ${used + 60}`);
    const error = await ingest(store, items(), { batchSize: 10 }).then(() => null, (e: unknown) => e);
    assert.ok(error, 'ingest must fail when the index cannot grow');
    assert.equal((error as { code?: string }).code, 'store_failed');
    assert.match((error as Error).message, /full\.db: the disk is full .*run the same command again/);
    const stored = await store.countDocuments();
    assert.ok(stored > 0 && stored < corpus.docs.length, `${stored} stored before the disk filled`);
    assert.equal(stored % 10, 0, 'only whole batches are stored');
    assert.equal(connection(store).pragma('integrity_check', { simple: true }), 'ok');

    connection(store).pragma('max_page_count = 1073741823');
    const resumed = await ingest(store, items(), { batchSize: 10 });
    assert.deepEqual([resumed.unchanged, resumed.ingested], [stored, corpus.docs.length - stored]);
  } finally {
    await store.close();
  }
  const clean = await openSqliteStore(join(dir, 'clean.db'));
  const again = await openSqliteStore(file);
  try {
    await ingest(clean, items(), { batchSize: 10 });
    const pairs = async (s: SqliteStore) => (await s.allEdges()).map((e) => `${e.from} ${e.to} ${e.relation}`).sort();
    assert.deepEqual(await pairs(again), await pairs(clean), 'the resumed index has the links of an uninterrupted run');
  } finally {
    await clean.close();
    await again.close();
  }
});
