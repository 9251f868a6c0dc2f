import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSources } from '../ingest/index.js';
import { syntheticRecords } from '../queue/test-support/synthetic-records.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { ingest } from './ingest.js';

const TRAM = 'The city council approved a new tram line on Tuesday after a six-hour debate. The line will link the northern suburbs with the central station.';
const FLOOD = 'Heavy rain flooded the old town on Sunday night, and firefighters pumped water from dozens of cellars before the dams held.';

async function withStore(body: (store: Store, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-ingest-ids-'));
  const store = await openSqliteStore(join(dir, 'index.db'));
  try {
    await body(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `<dir>/<where>/<name>/rewrite.txt` holding `text`; returns the folder. */
function folder(dir: string, where: string, name: string, text: string): string {
  const path = join(dir, where, name);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'rewrite.txt'), text);
  return path;
}

test('a second record with an id already given in the same run is reported and skipped, not silently replacing the first', async () => {
  await withStore(async (store) => {
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
    assert.equal(summary.problems[0].code, 'id_conflict');
    assert.match(summary.problems[0].reason, new RegExp(`already given by ${a.record.origin.replace(/[.#]/g, '\\$&')}`));
    assert.equal((await store.getDocument(a.record.id))?.text, a.record.extracted.text);
  });
});

test('a later run never replaces a text stored from another file under the same id, unless told to replace', async () => {
  await withStore(async (store, dir) => {
    const seeds = folder(dir, 'a', 'seeds', TRAM);
    const elsewhere = folder(dir, 'b', 'seeds', FLOOD);
    await ingest(store, readSources([seeds]));
    const second = await ingest(store, readSources([elsewhere]));
    assert.deepEqual([second.ingested, second.updated, second.skipped], [0, 0, 1]);
    assert.equal(second.problems[0].code, 'id_conflict');
    assert.match(second.problems[0].reason, /id 'seeds\/rewrite\.txt' is stored from .*a\/seeds\/rewrite\.txt with another text; skipped, not replaced/);
    assert.equal((await store.getDocument('seeds/rewrite.txt'))?.text, TRAM, 'the stored text is kept');

    const replaced = await ingest(store, readSources([elsewhere]), { replace: true });
    assert.equal(replaced.updated, 1);
    assert.deepEqual(replaced.updates, [{ id: 'seeds/rewrite.txt', origin: join(elsewhere, 'rewrite.txt') }]);
    assert.equal((await store.getDocument('seeds/rewrite.txt'))?.text, FLOOD);
  });
});

test('a file changed in place is updated by the next run, and the update is named', async () => {
  await withStore(async (store, dir) => {
    const seeds = folder(dir, 'a', 'seeds', TRAM);
    await ingest(store, readSources([seeds]));
    writeFileSync(join(seeds, 'rewrite.txt'), `${TRAM} It will open in 2027.`);
    const again = await ingest(store, readSources([seeds]));
    assert.deepEqual([again.updated, again.skipped], [1, 0]);
    assert.deepEqual(again.updates.map((u) => u.id), ['seeds/rewrite.txt']);
  });
});
