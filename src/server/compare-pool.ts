/**
 * @module server/compare-pool
 * Compares run in a piscina pool of worker threads: a large pair can take seconds of CPU, and on the
 * HTTP thread it would hold up every other request (health included) and SIGTERM. Each compare has a
 * time budget; past it the task is aborted, which terminates its worker thread (a busy thread cannot
 * be interrupted any other way), and the pool starts a fresh one.
 */
import { Piscina } from 'piscina';
import { threadEntry } from '../core/thread-entry.js';
import type { CompareReport } from '../report/compare-report.js';
import { ApiError, fromApiErrorData } from './api-error.js';
import type { CompareOutcome, CompareTask } from './compare-worker.js';
import type { ServerLimits } from './limits.js';
import type { CompareRequest } from './schemas.js';

export interface ComparePool {
  compare(request: CompareRequest): Promise<CompareReport>;
  /** Terminates the workers at once, running compares included. */
  close(): Promise<void>;
}

type PoolLimits = Pick<ServerLimits, 'maxWordsPerText' | 'compareTimeBudgetMs' | 'compareWorkers' | 'compareQueue'>;

export function createComparePool(limits: PoolLimits): ComparePool {
  const pool = new Piscina<CompareTask, CompareOutcome>({
    ...threadEntry(import.meta.url, './compare-worker'),
    minThreads: 1,
    maxThreads: limits.compareWorkers,
    idleTimeout: 60_000,
  });
  const seconds = `${limits.compareTimeBudgetMs / 1000} s`;
  let closing = false;
  return {
    async compare(request) {
      if (closing) throw new ApiError(503, 'server_busy', 'the server is shutting down');
      if (pool.queueSize >= limits.compareQueue) {
        throw new ApiError(503, 'server_busy', `the queue of comparisons waiting for a worker is full (limit ${limits.compareQueue}); try again shortly`);
      }
      const signal = AbortSignal.timeout(limits.compareTimeBudgetMs);
      let outcome: CompareOutcome;
      try {
        outcome = await pool.run({ request, maxWords: limits.maxWordsPerText }, { signal });
      } catch (error) {
        if (signal.aborted) {
          throw new ApiError(503, 'over_time_budget', `the comparison did not finish within the time budget of ${seconds} per request and was stopped; send shorter texts`);
        }
        if (closing) throw new ApiError(503, 'server_busy', 'the server is shutting down');
        throw error;
      }
      if ('error' in outcome) throw fromApiErrorData(outcome.error);
      return outcome.report;
    },
    async close() {
      closing = true;
      await pool.destroy();
    },
  };
}
