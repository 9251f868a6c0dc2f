/**
 * @module store/create-store
 * Picks the backend from one target string, so the CLI, the server and the workers share one rule:
 * a `postgres://` or `postgresql://` URL is PostgreSQL (loaded only then, so SQLite users never pay
 * for `pg`), anything else is a SQLite file path.
 */
import { resolve } from 'node:path';
import type { Store } from './store.js';

export const DEFAULT_DB = 'newstrace.db';

/** The target named by `--db`, else `NEWSTRACE_DB`, else `./newstrace.db` (resolved by the caller). */
export function storeTarget(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option || env.NEWSTRACE_DB || DEFAULT_DB;
}

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The target as given for PostgreSQL; a SQLite path resolved against the caller's working directory. */
export function resolveStoreTarget(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const target = storeTarget(option, env);
  return isPostgresTarget(target) ? target : resolve(cwd, target);
}

/** Opens the store named by `target` with its schema migrated. */
export async function createStore(target: string): Promise<Store> {
  if (isPostgresTarget(target)) {
    const { createPostgresStore } = await import('./postgres/postgres-store.js');
    return createPostgresStore(target);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target);
}

/** Runs `body` on the store named by `target`, closing it afterwards whatever happens. */
export async function withStore<T>(target: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore(target);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
