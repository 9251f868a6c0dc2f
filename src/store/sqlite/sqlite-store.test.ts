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

for (const [name, levels] of [['', undefined], [', postings merged into the next level past one row', { first: 1, fanout: 2 }]] as const) {
  runStoreTests({
    name: `sqlite (real files in the OS temp dir${name})`,
    createStore: async () => new SqliteStore(join(dir, `store-${++counter}.db`), { levels }),
    reopen: async (store: Store, scheme: string) => openSqliteStore((store as SqliteStore).file, { fingerprintScheme: scheme, levels }),
  });
}
