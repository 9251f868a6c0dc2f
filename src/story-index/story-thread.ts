/**
 * @module story-index/story-thread
 * A story writer on a thread of its own, for a SQLite index: the thread opens a second connection to
 * the same file and assigns each written batch there while the indexing thread links the next one
 * (the story stage was about a quarter of that thread's time). SQLite lets one connection write at
 * a time: the two wait for each other's transactions (the store's busy timeout), never for reads.
 */
import { Piscina } from 'piscina';
import { NewstraceError } from '../core/errors.js';
import { threadEntry } from '../core/thread-entry.js';
import { packTextFeatures } from '../stories/features-wire.js';
import type { StoryTask, StoryTaskResult } from './story-worker.js';
import type { StoryWriter } from './story-writer.js';

export interface StoryThread extends StoryWriter {
  /** Closes the thread's connection and stops the thread. */
  close(): Promise<void>;
}

export function createStoryThread(file: string): StoryThread {
  const piscina = new Piscina<StoryTask, StoryTaskResult>({ ...threadEntry(import.meta.url, './story-worker'), minThreads: 1, maxThreads: 1, idleTimeout: Infinity });
  const run = async (task: StoryTask) => {
    const result = await piscina.run(task);
    if ('failed' in result) throw new NewstraceError(result.failed.code, result.failed.message);
  };
  return {
    write: (batch) => run({ kind: 'write', file, batch: batch.map((item) => ({ ...item, text: packTextFeatures(item.text) })) }),
    async close() {
      try {
        await run({ kind: 'close', file });
      } finally {
        await piscina.close();
      }
    },
  };
}
