import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { runStoreTests } from '../conformance.js';
import type { Store } from '../store.js';
import { NEW_KEPT, NEW_MODEL, OLD_KEPT, OLD_MODEL, story } from '../story-conformance.js';
import { PostgresStore, createPostgresStore } from './postgres-store.js';
import { tryStartEmbeddedPostgres, type EmbeddedServer } from './test-support/embedded.js';

// One real server for this file; each store gets its own empty database on it.
const started = await tryStartEmbeddedPostgres();
const server: EmbeddedServer | undefined = 'server' in started ? started.server : undefined;
after(async () => server?.stop());

runStoreTests({
  name: 'postgres (embedded server, one database per store)',
  skip: 'skip' in started ? started.skip : undefined,
  createStore: async (): Promise<Store> => new PostgresStore(await server!.createDatabase()),
  reopen: async (store: Store, scheme: string) => createPostgresStore((store as PostgresStore).url, { fingerprintScheme: scheme }),
});

test('migration 4 rewrites stored story centroids and kept members as sorted key and weight arrays, labels aligned with the terms', { skip: 'skip' in started ? started.skip : undefined }, async () => {
  const url = await server!.createDatabase();
  const store = await createPostgresStore(url);
  try {
    await store.stories.putStories({ stories: ['s1', 's2'].map((id) => ({ record: story(id, 2), keys: ['Tara Reid'] })), members: [], documentFrequencies: {}, documents: 0 });
  } finally {
    await store.close();
  }
  // The layout before migration 4: one object per view, labels by key; s1 as stored before members were kept.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('UPDATE story_models SET model = $1 WHERE id = $2', [JSON.stringify(OLD_MODEL), 's1']);
    await client.query('UPDATE story_models SET model = $1 WHERE id = $2', [JSON.stringify({ ...OLD_MODEL, kept: OLD_KEPT }), 's2']);
    await client.query('DELETE FROM schema_migrations WHERE version = 4');
  } finally {
    await client.end();
  }
  const upgraded = await createPostgresStore(url);
  try {
    assert.deepEqual(await upgraded.stories.getStories(['s1', 's2']), [story('s1', 2, NEW_MODEL), story('s2', 2, { ...NEW_MODEL, kept: NEW_KEPT })]);
    assert.deepEqual(await upgraded.applyMigrations(), []);
  } finally {
    await upgraded.close();
  }
});
