import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { runStoreTests } from '../conformance.js';
import type { Store } from '../store.js';
import { story } from '../story-conformance.js';
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

test('migration 4 rewrites stored story centroids as sorted key and weight arrays, labels aligned with the terms', { skip: 'skip' in started ? started.skip : undefined }, async () => {
  const url = await server!.createDatabase();
  const store = await createPostgresStore(url);
  try {
    await store.stories.putStories({ stories: [{ record: story('s1', 2), keys: ['Tara Reid'] }], members: [], documentFrequencies: {}, documents: 0 });
  } finally {
    await store.close();
  }
  // The layout before migration 4: one object per view, labels by key.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('UPDATE story_models SET model = $1 WHERE id = $2', [JSON.stringify({
      centroid: { specifics: { 'Tara Reid': 0.9, '#33': 0.4 }, terms: { zeta: 0.2, alpha: 0.5 }, title: {} },
      labels: { zeta: 'zetas' },
    }), 's1']);
    await client.query('DELETE FROM schema_migrations WHERE version = 4');
  } finally {
    await client.end();
  }
  const upgraded = await createPostgresStore(url);
  try {
    assert.deepEqual(await upgraded.stories.getStories(['s1']), [story('s1', 2, {
      centroid: { specifics: { keys: ['#33', 'Tara Reid'], weights: [0.4, 0.9] }, terms: { keys: ['alpha', 'zeta'], weights: [0.5, 0.2] }, title: { keys: [], weights: [] } },
      labels: ['', 'zetas'],
    })]);
    assert.deepEqual(await upgraded.applyMigrations(), []);
  } finally {
    await upgraded.close();
  }
});
