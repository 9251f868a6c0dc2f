import { after } from 'node:test';
import { runStoreTests } from '../conformance.js';
import type { Store } from '../store.js';
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
