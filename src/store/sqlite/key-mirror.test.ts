import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { doc } from '../conformance.js';
import type { DocumentKeys, PostingsQuery } from '../store.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-key-mirror-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Keys drawn from a small range, so documents share many of them and some pass maxFrequency.
function keysOf(n: number): DocumentKeys {
  const pick = (salt: number, count: number) => Array.from({ length: count }, (_, i) => ((n * 7 + i * 13 + salt) % 40) + salt * 1000);
  return { bands: pick(1, 4), passages: pick(2, 9) };
}

const QUERY: PostingsQuery = { perKey: 3, maxFrequency: 6 };
const probes = Array.from({ length: 12 }, (_, n) => keysOf(n + 100));

const ids = [...Array.from({ length: 30 }, (_, n) => `d${n}`), 'absent'];

async function answers(store: SqliteStore) {
  return { postings: await Promise.all(probes.map((keys) => store.keyPostings(keys, QUERY))), entries: await store.indexEntries(ids) };
}

test('lookups and index entries answered from the mirror equal the tables, through inserts, replacements and another connection\'s writes', async () => {
  const file = join(dir, 'index.db');
  const mirrored = await openSqliteStore(file, { mirror: 'always' });
  const tables = await openSqliteStore(file, { mirror: 'never' });
  const other = await openSqliteStore(file, { mirror: 'never' });
  try {
    const put = (store: SqliteStore, from: number, to: number, version = '') =>
      store.putDocuments(Array.from({ length: to - from }, (_, i) => ({
        document: doc(`d${from + i}`, `text ${from + i}${version}`, { published: version ? '2024-05-01' : null }), keys: keysOf(from + i + (version ? 5 : 0)), group: version ? 'g' : undefined,
      })));
    await put(mirrored, 0, 10);
    assert.deepEqual(await answers(mirrored), await answers(tables));
    await put(other, 10, 20);
    assert.deepEqual(await answers(mirrored), await answers(tables), 'rows another connection stored are read');
    await put(mirrored, 2, 5, ' again');
    assert.deepEqual(await answers(mirrored), await answers(tables), 'its own replacements are followed');
    await put(other, 12, 14, ' again');
    assert.deepEqual(await answers(mirrored), await answers(tables), 'another connection\'s replacements are followed');
    await put(mirrored, 20, 30);
    await put(mirrored, 6, 8, ' again');
    assert.deepEqual(await answers(mirrored), await answers(tables));
    assert.ok((await answers(tables)).postings.some((p) => p.passages.some((k) => k.frequency > QUERY.maxFrequency && k.documents.length === 0)), 'the probes meet the frequency bound');
  } finally {
    await Promise.all([mirrored.close(), tables.close(), other.close()]);
  }
});

test('a store asked many lookups mirrors them and answers as before', async () => {
  const file = join(dir, 'auto.db');
  const auto = await openSqliteStore(file);
  const tables = await openSqliteStore(file, { mirror: 'never' });
  try {
    await auto.putDocuments(Array.from({ length: 30 }, (_, i) => ({ document: doc(`d${i}`, `text ${i}`), keys: keysOf(i) })));
    for (let round = 0; round < 4; round++) assert.deepEqual(await answers(auto), await answers(tables));
  } finally {
    await Promise.all([auto.close(), tables.close()]);
  }
});

test('a batch that stores new documents and gives one of them again is mirrored as stored', async () => {
  const file = join(dir, 'twice.db');
  const mirrored = await openSqliteStore(file, { mirror: 'always' });
  const tables = await openSqliteStore(file, { mirror: 'never' });
  try {
    await mirrored.putDocuments([{ document: doc('d0', 'text 0'), keys: keysOf(0) }]);
    await mirrored.keyPostings(keysOf(0), QUERY);
    await mirrored.putDocuments([
      { document: doc('d1', 'text 1'), keys: keysOf(1) },
      { document: doc('d2', 'text 2'), keys: keysOf(2) },
      { document: doc('d2', 'text 2 again'), keys: keysOf(7) },
      { document: doc('d0', 'text 0 again'), keys: keysOf(8) },
      { document: doc('d0', 'text 0 once more'), keys: keysOf(9) },
    ]);
    assert.deepEqual(await answers(mirrored), await answers(tables));
  } finally {
    await Promise.all([mirrored.close(), tables.close()]);
  }
});

test("rows another connection stored between two of this store's batches are mirrored too", async () => {
  const file = join(dir, 'between.db');
  const mirrored = await openSqliteStore(file, { mirror: 'always' });
  const other = await openSqliteStore(file, { mirror: 'never' });
  try {
    await mirrored.putDocuments([{ document: doc('d0', 'text 0'), keys: keysOf(0) }]);
    await mirrored.keyPostings(keysOf(0), QUERY);
    await other.putDocuments([{ document: doc('d1', 'text 1'), keys: keysOf(1) }]);
    // Written before this store looks again: its own rows follow the other's, not its mirror's last.
    await mirrored.putDocuments([{ document: doc('d2', 'text 2'), keys: keysOf(2) }]);
    assert.deepEqual(await answers(mirrored), await answers(other));
    assert.ok((await mirrored.indexEntries(['d1'])).has('d1'));
  } finally {
    await Promise.all([mirrored.close(), other.close()]);
  }
});
