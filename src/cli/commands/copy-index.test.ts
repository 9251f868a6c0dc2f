import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingest } from '../../corpus/ingest.js';
import { syntheticRecords } from '../../queue/test-support/synthetic-records.js';
import { withStore } from '../../store/create-store.js';
import { tryStartEmbeddedPostgres } from '../../store/postgres/test-support/embedded.js';
import type { Store } from '../../store/store.js';
import { main } from '../main.js';
import { captureIO } from '../test-support/capture-io.js';
import { copyIndexCommand } from './copy-index.js';

const started = await tryStartEmbeddedPostgres();
const server = 'server' in started ? started.server : undefined;
after(async () => server?.stop());
const dir = mkdtempSync(join(tmpdir(), 'newstrace-copy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const records = syntheticRecords(16, 'copy');
const source = join(dir, 'source.db');
await withStore(source, (store) => ingest(store, (async function* () { yield* records; })()));

/** What a reader of the index sees: documents, keys and the links of each document; the stories and their key frequencies. */
async function snapshot(store: Store) {
  const docs = await store.listDocuments({ limit: 100 });
  const frequencies = await store.stories.allStoryFrequencies();
  return {
    documents: await Promise.all(docs.map(async ({ ingestedAt: _ingestedAt, ...doc }) => ({ doc, keys: await store.getKeys(doc.id), edges: await store.edgesOf(doc.id) }))),
    stories: await store.stories.storyRecords({ limit: 100 }),
    listed: await store.stories.listStories({ minSize: 1, limit: 100 }),
    frequencies: { documents: frequencies.documents, df: [...frequencies.df].sort() },
  };
}

test('copy-index moves a SQLite index into PostgreSQL with its keys, links and stories, and a second run changes nothing', { skip: 'skip' in started ? started.skip : undefined }, async () => {
  const url = await server!.createDatabase();
  const io = captureIO({ cwd: dir });
  assert.equal(await copyIndexCommand.run(['source.db', '--db', url, '--json'], io), 0, io.err());
  const summary = JSON.parse(io.out());
  const expected = await withStore(source, snapshot);
  assert.equal(summary.documents, records.length);
  assert.equal(summary.edges, await withStore(source, async (s) => (await s.allEdges()).length));
  assert.ok(summary.edges > 0, 'the synthetic records link');
  assert.equal(summary.stories, expected.stories.length);
  assert.ok(expected.listed.some((s) => s.members.length > 1), 'the synthetic records form a story');
  assert.deepEqual(await withStore(url, snapshot), expected);
  const again = captureIO({ cwd: dir });
  assert.equal(await copyIndexCommand.run(['source.db', '--db', url, '--json'], again), 0);
  assert.equal(JSON.parse(again.out()).unchanged, records.length);
  assert.deepEqual(await withStore(url, snapshot), expected);
});

test('copy-index refuses a missing source index and a copy onto itself', async () => {
  const missing = captureIO({ cwd: dir });
  assert.equal(await main(['copy-index', 'nowhere.db', '--db', 'target.db'], missing), 3);
  assert.match(missing.err(), /nowhere\.db: no index at this path/);
  const self = captureIO({ cwd: dir });
  assert.equal(await main(['copy-index', 'source.db', '--db', 'source.db'], self), 2);
  assert.match(self.err(), /same index/);
});
