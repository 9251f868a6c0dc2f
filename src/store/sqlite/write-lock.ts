/**
 * @module store/sqlite/write-lock
 * One writer at a time among the threads of this process that write one SQLite file (the indexing
 * thread and the story thread), taken before SQLite's own lock. Left to SQLite, a writer that found
 * the file locked slept in its busy handler's steps (up to 100 ms) past the other's commit, and a
 * profiler's signals cut those sleeps short until the busy timeout ran out ("database is locked").
 * A futex wait on shared memory wakes when the lock is released.
 */
import { NewstraceError } from '../../core/errors.js';

/** How long a writer waits for another thread's transaction before giving up. */
const PATIENCE_MS = 60_000;

export class WriteLock {
  private readonly cell: Int32Array;

  /** `shared`: the lock of another thread's store of the same file, to take part in; else a new one. */
  constructor(readonly shared: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(shared);
  }

  /** Runs `body` holding the lock. */
  hold<T>(body: () => T, file: string): T {
    const deadline = Date.now() + PATIENCE_MS;
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new NewstraceError('store_failed', `another thread of this process held the index's write lock for ${PATIENCE_MS / 1000} s`, { path: file });
      Atomics.wait(this.cell, 0, 1, left);
    }
    try {
      return body();
    } finally {
      Atomics.store(this.cell, 0, 0);
      Atomics.notify(this.cell, 0, 1);
    }
  }
}
