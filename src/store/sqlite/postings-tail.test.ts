import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { doc } from '../conformance.js';
import type { DocumentKeys, PostingsQuery } from '../store.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-postings-tail-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Keys from a small range, so documents share many and some pass maxFrequency.
function keysOf(n: number): DocumentKeys {
  const pick = (salt: number, count: number) => Array.from({ length: count }, (_, i) => ((n * 7 + i * 13 + salt) % 40) + salt * 1000);
  return { bands: pick(1, 4), passages: pick(2, 9) };
}

const QUERY: PostingsQuery = { perKey: 3, maxFrequency: 6 };
const probes = Array.from({ length: 12 }, (_, n) => keysOf(n + 100));
const lookups = (store: SqliteStore) => Promise.all(probes.map((keys) => store.keyPostings(keys, QUERY)));

const put = (store: SqliteStore, from: number, to: number, version = '') =>
  store.putDocuments(Array.from({ length: to - from }, (_, i) => ({
    document: doc(`d${from + i}`, `text ${from + i}${version}`), keys: keysOf(from + i + (version ? 5 : 0)),
  })));

test('a writer that defers its postings is looked up as if it had written them, before and after another connection indexes them', async () => {
  const deferring = await openSqliteStore(join(dir, 'deferred.db'), { mirror: 'never', deferPostings: true });
  const indexer = await openSqliteStore(deferring.file, { mirror: 'never' });
  const reference = await openSqliteStore(join(dir, 'reference.db'), { mirror: 'never' });
  try {
    const both = async (step: (store: SqliteStore) => Promise<unknown>) => {
      await step(deferring);
      await step(reference);
      assert.deepEqual(await lookups(indexer), await lookups(reference));
    };
    await both((s) => put(s, 0, 10));
    assert.equal(await indexer.indexPostings(), 10);
    assert.deepEqual(await lookups(indexer), await lookups(reference), 'indexed, the tables answer alone');
    await both((s) => put(s, 10, 20));
    await both((s) => put(s, 2, 5, ' again'));
    await both((s) => put(s, 12, 15, ' again'));
    assert.equal(await indexer.indexPostings(), 10, 'a replaced row not yet indexed is indexed once, with its new keys');
    assert.equal(await indexer.indexPostings(), 0);
    await both((s) => put(s, 20, 30));
    deferring.deferPostings = false;
    await both((s) => put(s, 6, 8, ' again'));
    assert.equal(await indexer.indexPostings(), 0, 'a writer that stops deferring indexes what was left before its batch commits');
    assert.ok((await lookups(reference)).some((p) => p.passages.some((k) => k.frequency > QUERY.maxFrequency && k.documents.length === 0)), 'the probes meet the frequency bound');
    assert.ok((await lookups(reference)).some((p) => p.passages.some((k) => k.documents.length === QUERY.perKey)), 'the probes meet the per-key bound');
  } finally {
    await Promise.all([deferring.close(), indexer.close(), reference.close()]);
  }
});
