/**
 * @module store/create-store
 * Picks the backend from one target string, so the CLI, the server and the workers share one rule:
 * a `postgres://` or `postgresql://` URL is PostgreSQL (loaded only then, so SQLite users never pay
 * for `pg`), anything else is a SQLite file path.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { NewstraceError } from '../core/errors.js';
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

export interface OpenOptions {
  /**
   * Refuse a SQLite file that does not exist instead of creating an empty index: a command that only
   * reads (show, trace, clusters) would otherwise leave a stray file behind a mistyped --db.
   */
  readonly mustExist?: boolean;
}

/** Opens the store named by `target` with its schema migrated. */
export async function createStore(target: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresTarget(target)) {
    const { createPostgresStore } = await import('./postgres/postgres-store.js');
    return createPostgresStore(target);
  }
  if (options.mustExist && !existsSync(target)) {
    throw new NewstraceError('not_found', 'no index here; build one with `newstrace ingest PATH`, or name it with --db / NEWSTRACE_DB', { path: target });
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target);
}

/** Runs `body` on the store named by `target`, closing it afterwards whatever happens. */
export async function withStore<T>(target: string, body: (store: Store) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const store = await createStore(target, options);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
