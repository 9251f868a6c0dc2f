/**
 * @module store/open-migrated
 * Every backend opens the same way: construct, bring the schema up to date, and release the
 * connection when that fails, so a refused index (another scheme) never leaks a handle.
 */
import type { Store } from './store.js';

export async function openMigrated<S extends Store>(store: S): Promise<S> {
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
