import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreTests } from '../conformance.js';
import type { Store } from '../store.js';
import { SqliteStore, openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

const variants: [string, SqliteStoreOptions][] = [
  ['', {}],
  [', postings merged into the next level past one row', { levels: { first: 1, fanout: 2 } }],
  [', every lookup answered from the postings mirror', { mirror: 'always' }],
  [', new postings left to another connection, so lookups read them from the documents', { mirror: 'never', deferPostings: true }],
];
for (const [name, options] of variants) {
  runStoreTests({
    name: `sqlite (real files in the OS temp dir${name})`,
    createStore: async () => new SqliteStore(join(dir, `store-${++counter}.db`), options),
    reopen: async (store: Store, scheme: string) => openSqliteStore((store as SqliteStore).file, { ...options, fingerprintScheme: scheme }),
  });
}
