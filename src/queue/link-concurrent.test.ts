import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { initFingerprint, fingerprint } from '../fingerprint/index.js';
import { ingest } from '../corpus/ingest.js';
import { contentHash } from '../corpus/content-hash.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { analyze } from '../text/index.js';
import { linkConcurrent, noteCandidates } from './link-concurrent.js';
import { syntheticRecords } from './test-support/synthetic-records.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-link-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function* items<T>(list: readonly T[]) { yield* list; }

test('the link pass finds the edge to a related document another worker stored meanwhile', async () => {
  await initFingerprint();
  const store = await openSqliteStore(join(dir, 'link.db'));
  try {
    const [original, , , retelling] = syntheticRecords(4, 'link');
    const seen = new Map<string, Set<string>>();
    await ingest(noteCandidates(store, seen), items([original!]));
    assert.deepEqual(await store.allEdges(), []);
    // Stored by "another worker" whose own verification ran before the original was committed.
    const record = retelling!.record;
    const text = record.extracted.text;
    await store.putDocuments([{
      document: { id: record.id, path: record.path, url: null, outlet: record.outlet, published: null, title: record.extracted.title, language: 'en', text, contentHash: contentHash(text) },
      keys: fingerprint(analyze(text)),
    }]);
    assert.equal(await linkConcurrent(store, [original!.record.id], seen), 1);
    const edges = await store.allEdges();
    assert.deepEqual(edges.map((e) => [e.from, e.to].sort()), [['link-0000', 'link-0003']]);
    assert.equal(await linkConcurrent(store, [original!.record.id], seen), 0, 'an existing edge is not verified again');
    // A candidate the first pass saw is not verified again.
    const unlinked = await openSqliteStore(join(dir, 'seen.db'));
    try {
      await unlinked.putDocuments([{ document: (await store.getDocument(record.id))!, keys: (await store.getKeys(record.id))! }]);
      await ingest(unlinked, items([original!]));
      await unlinked.putEdges(original!.record.id, []);
      assert.equal(await linkConcurrent(unlinked, [original!.record.id], new Map([[original!.record.id, new Set([record.id])]])), 0);
      // A candidate that only a batch-mate's lookup returned was not seen by this document.
      assert.equal(await linkConcurrent(unlinked, [original!.record.id], new Map([['batch-mate', new Set([record.id])]])), 1);
    } finally {
      await unlinked.close();
    }
  } finally {
    await store.close();
  }
});
