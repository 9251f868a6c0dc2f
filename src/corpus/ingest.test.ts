import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { syntheticRecords } from '../queue/test-support/synthetic-records.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingest } from './ingest.js';

test('a second record with an id already given in the same run is reported and skipped, not silently replacing the first', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-ingest-ids-'));
  const store = await openSqliteStore(join(dir, 'index.db'));
  try {
    const [a, b] = syntheticRecords(2, 'doc');
    const clash = { ...b, record: { ...b.record, id: a.record.id, origin: 'other.jsonl#7' } };
    async function* items() {
      yield a;
      yield clash;
    }
    const summary = await ingest(store, items());
    assert.equal(summary.ingested, 1);
    assert.equal(summary.skipped, 1);
    assert.equal(summary.problems[0].path, 'other.jsonl#7');
    assert.match(summary.problems[0].reason, new RegExp(`already given by ${a.record.origin.replace(/[.#]/g, '\\$&')}`));
    assert.equal((await store.getDocument(a.record.id))?.text, a.record.extracted.text);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
