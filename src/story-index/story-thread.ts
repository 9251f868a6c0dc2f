/**
 * @module story-index/story-thread
 * A story writer on a thread of its own, for a SQLite index: the thread opens a second connection to
 * the same file and assigns each written batch there while the indexing thread links the next one
 * (the story stage was about a quarter of that thread's time). One connection writes at a time: the
 * two take turns through the store's write lock (store/sqlite/write-lock), and never wait for reads.
 * The thread also writes the postings the indexing connection leaves to it when it is idle (see
 * SqliteStore deferPostings): that connection's lookups are answered from its postings mirror meanwhile.
 */
import { Piscina } from 'piscina';
import { NewstraceError } from '../core/errors.js';
import { THREAD_YOUNG_GENERATION_MB, threadEntry } from '../core/thread-entry.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import type { StoryTask, StoryTaskResult } from './story-worker.js';
import type { StoryWriter } from './story-writer.js';

export interface StoryThread extends StoryWriter {
  /** Closes the thread's connection and stops the thread. */
  close(): Promise<void>;
}

/**
 * A story thread for `store` when it is a SQLite index (its second connection takes turns with the
 * store's own through their shared write lock), else null: a PostgreSQL store's stories stay inline.
 */
export function storyThreadFor(store: Store): StoryThread | null {
  if (!(store instanceof SqliteStore)) return null;
  const thread = createStoryThread(store.file, store.writeLock.shared);
  // The postings go to whichever thread has time for them: to this one when it is idle as the
  // indexing thread writes a batch; while it assigns stories (the slower stage when most documents
  // found a story of their own), the indexing thread writes them itself rather than wait for it.
  let open = true;
  store.deferPostings = true;
  return {
    async write(batch) {
      store.deferPostings = false;
      try {
        await thread.write(batch);
      } finally {
        store.deferPostings = open;
      }
    },
    async close() {
      // Whatever the thread left unindexed, the store's next batch indexes before it commits.
      open = false;
      store.deferPostings = false;
      await thread.close();
    },
  };
}

/** `writeLock`: the shared write lock of this process's other connection to `file`, if any. */
export function createStoryThread(file: string, writeLock?: SharedArrayBuffer): StoryThread {
  const piscina = new Piscina<StoryTask, StoryTaskResult>({ ...threadEntry(import.meta.url, './story-worker'), minThreads: 1, maxThreads: 1, idleTimeout: Infinity, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
  const run = async (task: StoryTask) => {
    const result = await piscina.run(task);
    if ('failed' in result) throw new NewstraceError(result.failed.code, result.failed.message);
  };
  return {
    write: (batch) => run({ kind: 'write', file, writeLock, batch }),
    async close() {
      try {
        await run({ kind: 'close', file, writeLock });
      } finally {
        await piscina.close();
      }
    },
  };
}
