/**
 * @module corpus/prepare-pool
 * Analysis and fingerprinting on the other cores, one writer on this thread: a transform from the
 * source stream to prepared documents, in input order, with at most `maxInFlight` documents between
 * the reader and the writer (the reader is not pulled further while the writer lags), and every
 * failure a problem item naming the record's file. `threads: 0` prepares inline on this thread.
 *
 * Results come back packed (see prepared-wire.ts): on the synthetic news corpus, structured-cloning
 * an AnalyzedText cost the receiving thread about 0.19 ms per document against about 0.9 ms of
 * analysis and fingerprinting, the packed form 0.05 ms (`npm run bench -- --pool` measures both).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceItem, SourceRecord } from '../ingest/index.js';
import { problemFrom } from '../ingest/problem.js';
import { prepareDocument, type PreparedItem, type SourceProblem } from './prepare-document.js';
import { unpackPreparation } from './prepared-wire.js';
import type { WorkerResult } from './prepare-worker.js';

export interface PreparePoolOptions {
  /** Worker threads (default: one fewer than the cores, the writer keeps one); 0 prepares inline. */
  readonly threads?: number;
  /** Documents submitted but not yet taken by the consumer (default 8 per thread). */
  readonly maxInFlight?: number;
}

export interface PreparePool {
  readonly threads: number;
  /** The items prepared, in their order; problems of the source pass through in place. */
  prepare(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): AsyncGenerator<PreparedItem>;
  /** Stops the threads once started tasks are done; the pool cannot be used afterwards. */
  close(): Promise<void>;
}

/** The worker beside this file: in the built dist/ the compiled one, from source its tsx entry. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './prepare-worker-from-source.mjs' : './prepare-worker.js', import.meta.url).href;

export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export async function createPreparePool(options: PreparePoolOptions = {}): Promise<PreparePool> {
  await initFingerprint();
  const threads = Math.max(0, Math.floor(options.threads ?? defaultThreads()));
  const maxInFlight = Math.max(1, options.maxInFlight ?? (threads > 0 ? 8 * threads : 1));
  const piscina = threads > 0 ? new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: Infinity }) : null;
  let closed = false;

  const submit = async (record: SourceRecord): Promise<PreparedItem> => {
    try {
      if (!piscina) return prepareDocument(record);
      const result = (await piscina.run(record.extracted)) as WorkerResult;
      if ('failed' in result) return { kind: 'problem', path: record.origin, reason: result.failed.reason, code: result.failed.code };
      return { kind: 'prepared', record, ...unpackPreparation(record.extracted.text, result) };
    } catch (error) {
      // A thread that died or a pool closed under the task: the document is reported, not lost.
      return problemFrom(record.origin, error) as SourceProblem;
    }
  };

  async function* prepare(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): AsyncGenerator<PreparedItem> {
    if (closed) throw new Error('prepare pool: used after close()');
    const pending: Promise<PreparedItem>[] = [];
    try {
      for await (const item of items) {
        pending.push(item.kind === 'problem' ? Promise.resolve(item) : submit(item.record));
        if (pending.length >= maxInFlight) yield await pending.shift()!;
      }
      while (pending.length > 0) yield await pending.shift()!;
    } finally {
      // A consumer that stops early leaves no task running behind its back.
      await Promise.all(pending);
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
