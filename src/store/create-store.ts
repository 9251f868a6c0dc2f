/**
 * @module store/create-store
 * Picks the backend from one target string, so the CLI, the server and the workers share one rule:
 * a `postgres://` or `postgresql://` URL is PostgreSQL (loaded only then, so SQLite users never pay
 * for `pg`), anything else is a SQLite file path.
 */
import type { Store } from './store.js';

interface PostgresBackend {
  createPostgresStore(url: string): Promise<Store>;
}

export const DEFAULT_DB = 'newstrace.db';

/** The target named by `--db`, else `NEWSTRACE_DB`, else `./newstrace.db` (resolved by the caller). */
export function storeTarget(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option || env.NEWSTRACE_DB || DEFAULT_DB;
}

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens the store named by `target` with its schema migrated. */
export async function createStore(target: string): Promise<Store> {
  if (isPostgresTarget(target)) {
    // Held in a variable so this file compiles while the PostgreSQL backend is built separately.
    const backend = './postgres/postgres-store.js';
    const { createPostgresStore } = (await import(backend)) as PostgresBackend;
    return createPostgresStore(target);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target);
}
