import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreTests } from '../conformance.js';
import type { Store } from '../store.js';
import { SqliteStore, openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

runStoreTests({
  name: 'sqlite (real files in the OS temp dir)',
  createStore: async () => new SqliteStore(join(dir, `store-${++counter}.db`)),
  reopen: async (store: Store, scheme: string) => openSqliteStore((store as SqliteStore).file, { fingerprintScheme: scheme }),
});
