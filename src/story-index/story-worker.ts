/**
 * @module story-index/story-worker
 * The story thread's piscina task: one written batch in, assigned and stored through this thread's
 * own connection to the index (opened on the first batch, kept for the next ones); then the postings
 * of the documents stored meanwhile are written (see SqliteStore deferPostings), and closing writes
 * the rest. A failure comes back as data (code and message), since an Error crossing the thread
 * boundary loses its class.
 */
import { isNewstraceError, type NewstraceErrorCode } from '../core/errors.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { storyDocument, updateStories, type StoryBatchItem } from './update-stories.js';

/** `writeLock`: the write lock shared with the indexing thread's connection (see store/sqlite/write-lock). */
export type StoryTask =
  | { readonly kind: 'write'; readonly file: string; readonly writeLock?: SharedArrayBuffer; readonly batch: readonly StoryBatchItem[] }
  | { readonly kind: 'close'; readonly file: string; readonly writeLock?: SharedArrayBuffer };

export type StoryTaskResult = { readonly done: true } | { readonly failed: { readonly code: NewstraceErrorCode; readonly message: string } };

const stores = new Map<string, Promise<SqliteStore>>();

function storeOf(file: string, writeLock: SharedArrayBuffer | undefined): Promise<SqliteStore> {
  let store = stores.get(file);
  if (!store) {
    stores.set(file, (store = openSqliteStore(file, { writeLock })));
    // Reported to the batch that asked; the next one tries again, and closing has nothing to close.
    store.catch(() => stores.delete(file));
  }
  return store;
}

export default async function storyTask(task: StoryTask): Promise<StoryTaskResult> {
  try {
    if (task.kind === 'close') {
      const store = await stores.get(task.file);
      stores.delete(task.file);
      try {
        await store?.indexPostings();
      } finally {
        await store?.close();
      }
    } else {
      const store = await storeOf(task.file, task.writeLock);
      await updateStories(store.stories, task.batch.map(storyDocument));
      await store.indexPostings();
    }
    return { done: true };
  } catch (error) {
    if (isNewstraceError(error)) return { failed: { code: error.code, message: error.message } };
    return { failed: { code: 'store_failed', message: `${task.file}: the stories could not be stored: ${(error as Error)?.message ?? String(error)}` } };
  }
}
