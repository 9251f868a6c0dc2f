/**
 * @module corpus/prepare-pool
 * Extraction, analysis and fingerprinting on the other cores, one writer on this thread: a transform
 * from the source stream (readers' drafts, see ingest/types) to prepared documents, in input order,
 * with at most `maxInFlight` documents between the reader and the writer (the reader is not pulled
 * further while the writer lags), and every failure a problem item naming the record's file.
 * `threads: 0` prepares inline on this thread.
 *
 * Results come back packed (see prepared-wire.ts): on the synthetic news corpus, structured-cloning
 * an AnalyzedText cost the receiving thread about 0.19 ms per document against about 0.9 ms of
 * analysis and fingerprinting, the packed form 0.05 ms (`npm run bench -- --pool` measures both).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { THREAD_YOUNG_GENERATION_MB, threadEntry } from '../core/thread-entry.js';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceItem, SourceRecord } from '../ingest/index.js';
import { finishDraft } from '../ingest/record.js';
import { problemFrom } from '../ingest/problem.js';
import { prepareDocument, type PreparedItem, type SourceProblem } from './prepare-document.js';
import { unpackPreparation } from './prepared-wire.js';
import type { WorkerResult } from './prepare-worker.js';

export interface PreparePoolOptions {
  /** Worker threads (default: one fewer than the cores, the writer keeps one); 0 prepares inline. */
  readonly threads?: number;
  /**
   * Documents submitted but not yet taken by the consumer (default READ_AHEAD per thread): enough
   * that a whole batch is prepared while the writer links and writes the one before.
   */
  readonly maxInFlight?: number;
}

export interface PreparePool {
  readonly threads: number;
  /** The items prepared, in their order; problems of the source pass through in place. */
  prepare(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): AsyncGenerator<PreparedItem>;
  /** Stops the threads once started tasks are done; the pool cannot be used afterwards. */
  close(): Promise<void>;
}


/** Two batches of the default policy (200 documents each) and some: a prepared article is some tens of kB. */
const READ_AHEAD = 512;

/** Tasks handed to a thread at once (the rest wait in the pool's queue). */
const TASKS_PER_THREAD = 64;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A source item with a document in it: as read (a draft, extracted on the thread that prepares it) or already extracted. */
type ReadItem = Exclude<SourceItem, { kind: 'problem' }>;

export async function createPreparePool(options: PreparePoolOptions = {}): Promise<PreparePool> {
  await initFingerprint();
  const threads = Math.max(0, Math.floor(options.threads ?? defaultThreads()));
  const maxInFlight = Math.max(1, options.maxInFlight ?? (threads > 0 ? READ_AHEAD * threads : 1));
  // Piscina hands a thread its next task only when this thread takes the last one's result, which
  // waits for this thread's event loop: a writer busy linking for a while left the threads idle.
  // Tasks handed over in advance run back to back meanwhile.
  const piscina = threads > 0
    ? new Piscina({ ...threadEntry(import.meta.url, './prepare-worker'), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, concurrentTasksPerWorker: TASKS_PER_THREAD, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } })
    : null;
  let closed = false;

  // A document prepared in a thread stays packed (its analysis until it is linked: see
  // PreparedDocument): the documents read ahead hold a few buffers each, not thousands of small
  // objects every young-generation collection of this thread would copy.
  const submit = async (item: ReadItem): Promise<() => PreparedItem> => {
    const origin = item.kind === 'draft' ? item.draft.origin : item.record.origin;
    try {
      if (!piscina) {
        const read = item.kind === 'draft' ? finishDraft(item.draft) : item;
        const prepared = read.kind === 'problem' ? read : prepareDocument(read.record);
        return () => prepared;
      }
      const result = (await piscina.run(item.kind === 'draft' ? { draft: item.draft } : { extracted: item.record.extracted })) as WorkerResult;
      if ('problem' in result) return () => result.problem;
      if ('failed' in result) return () => ({ kind: 'problem', path: origin, reason: result.failed.reason, code: result.failed.code });
      const { record = (item as { record: SourceRecord }).record, ...packed } = result;
      return () => ({ kind: 'prepared', record, ...unpackPreparation(packed) });
    } catch (error) {
      // A thread that died or a pool closed under the task: the document is reported, not lost.
      return () => problemFrom(origin, error) as SourceProblem;
    }
  };

  async function* prepare(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): AsyncGenerator<PreparedItem> {
    if (closed) throw new Error('prepare pool: used after close()');
    // The source is read and submitted by a pump of its own, not only when the consumer asks: the
    // writer spends a whole batch linking and writing between two reads, and without the pump the
    // threads idled through it and the writer then waited for the next batch to be prepared.
    const ahead: Promise<() => PreparedItem>[] = [];
    const state = { stopped: false, finished: false, failure: null as { readonly error: unknown } | null };
    // Who waits: the pump for room ahead, the consumer for an item.
    const waiting = { room: () => {}, ready: () => {} };
    const pump = (async () => {
      try {
        for await (const item of items) {
          if (state.stopped) return;
          ahead.push(item.kind === 'problem' ? Promise.resolve(() => item) : submit(item));
          waiting.ready();
          while (ahead.length >= maxInFlight && !state.stopped) await new Promise<void>((resolve) => (waiting.room = resolve));
          if (state.stopped) return;
        }
      } catch (error) {
        state.failure = { error };
      } finally {
        state.finished = true;
        waiting.ready();
      }
    })();
    try {
      for (;;) {
        if (ahead.length > 0) {
          const next = ahead.shift()!;
          waiting.room();
          yield (await next)();
        } else if (state.failure) throw state.failure.error;
        else if (state.finished) return;
        else await new Promise<void>((resolve) => (waiting.ready = resolve));
      }
    } finally {
      // A consumer that stops early leaves no task running behind its back.
      state.stopped = true;
      waiting.room();
      await pump;
      await Promise.all(ahead);
    }
  }

  return {
    threads,
    prepare,
    async close() {
      if (closed) return;
      closed = true;
      await piscina?.close();
    },
  };
}
