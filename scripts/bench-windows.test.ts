import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSources } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingestInWindows } from './bench-windows.js';

test('a windowed run names every document it read, whichever form the reader gave it in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-windows-'));
  try {
    const texts = ['The council approved the tram line on Tuesday after a long debate.', 'Storms closed the harbour road and the ferry to the islands.', 'The museum reopened its east wing with a show of river maps.'];
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `d${i}`, title: `Report ${i}`, text })).join('\n') + '\n');
    const store = await openSqliteStore(join(dir, 'index.db'));
    try {
      const run = await ingestInWindows(store, readSources([file]), { window: 2000 });
      assert.deepEqual(run.ids, ['d0', 'd1', 'd2']);
      assert.equal(run.docs, 3);
      // Windows close on the ingest's progress, once a batch; a run shorter than a batch is one window.
      assert.deepEqual([run.windows[0]!.from, run.windows.at(-1)!.to], [0, 3]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
