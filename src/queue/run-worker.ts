/**
 * @module queue/run-worker
 * A worker process: takes batches from the ingest queue and indexes them into the PostgreSQL store
 * with `concurrency` batches in flight. A batch that throws is failed and retried by pg-boss; a
 * worker that dies leaves its job active until it expires, then another worker retries it.
 */
import type PgBoss from 'pg-boss';
import type { SourceRecord } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { createPostgresStore } from '../store/postgres/postgres-store.js';
import { overlappingJobs, type OverlapCheck } from './overlapping-jobs.js';
import { INGEST_QUEUE, openQueue, type IngestJob, type QueueSettings } from './ingest-queue.js';

/**
 * Indexes one batch of documents; must be idempotent, since a batch can be processed again.
 * `overlapped` tells, once the batch is stored, whether other jobs ran meanwhile.
 */
export type BatchProcessor = (store: Store, records: readonly SourceRecord[], overlapped: OverlapCheck) => Promise<unknown>;

export interface WorkerOptions extends QueueSettings {
  readonly url: string;
  readonly concurrency?: number;
  readonly process: BatchProcessor;
  /** Stop once the queue holds no waiting or active job (for batch runs, tests and benchmarks). */
  readonly untilEmpty?: boolean;
  /** Seconds between polls of an empty queue (default 2). */
  readonly pollingIntervalSeconds?: number;
  /** Called after each finished batch. */
  readonly onBatch?: (records: number, result: unknown) => void;
}

export interface WorkerHandle {
  /** Resolves when the worker stopped (after `stop()` or, with `untilEmpty`, when the queue drained). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const store = await createPostgresStore(options.url, { poolSize: concurrency + 1 });
  let boss: PgBoss;
  try {
    boss = await openQueue(options.url, options);
  } catch (error) {
    await store.close();
    throw error;
  }
  let inFlight = 0;
  const handler = async ([job]: PgBoss.Job<IngestJob>[]) => {
    inFlight += 1;
    try {
      const result = await options.process(store, job!.data.records, overlappingJobs(boss, job!.id));
      options.onBatch?.(job!.data.records.length, result);
      return result;
    } finally {
      inFlight -= 1;
    }
  };
  const work = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  for (let i = 0; i < concurrency; i += 1) await boss.work<IngestJob>(INGEST_QUEUE, work, handler);

  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => { stopped = resolve; });
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(timer);
      // Graceful: batches in flight finish (or, past the timeout, are left to expire and be retried).
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await store.close();
      stopped();
    })();
    return stopping;
  };
  if (options.untilEmpty) {
    const interval = Math.max(200, (options.pollingIntervalSeconds ?? 2) * 500);
    timer = setInterval(() => {
      if (inFlight > 0 || stopping) return;
      // Waiting, retrying and active jobs all count: an active job of a dead worker comes back.
      boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })
        .then((left) => { if (left === 0 && inFlight === 0) void stop(); })
        .catch(() => undefined);
    }, interval);
  }
  return { done, stop };
}
