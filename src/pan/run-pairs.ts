/**
 * @module pan/run-pairs
 * Runs PAN pairs across worker threads (one per core by default). The worker module is the sibling
 * file with this module's own extension, so the pool works from compiled dist/ and under tsx alike.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PanAnnotation } from '../eval/metrics/index.js';
import type { PanPair } from './pairs-file.js';

export interface PairJob {
  readonly pair: PanPair;
  readonly sourcePath: string;
  readonly suspiciousPath: string;
}

export interface PairOutcome {
  readonly pair: PanPair;
  /** Null when the pair failed; `error` then says why. */
  readonly detections: readonly PanAnnotation[] | null;
  readonly error: string | null;
  readonly seconds: number;
}

export interface RunPairsOptions {
  readonly jobs?: number;
  /** Called after each pair, in completion order. */
  readonly onOutcome?: (outcome: PairOutcome, done: number, total: number) => void;
}

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pan-worker.js', import.meta.url));
  // Under tsx (npm run eval, tests) a worker does not inherit the TypeScript loader: register it first.
  const url = new URL('./pan-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`, { eval: true });
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Outcomes in the order of `jobs`. */
export async function runPairs(jobs: readonly PairJob[], options: RunPairsOptions = {}): Promise<PairOutcome[]> {
  const outcomes = new Array<PairOutcome>(jobs.length);
  const workerCount = Math.max(1, Math.min(options.jobs ?? defaultJobs(), jobs.length));
  let next = 0;
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = startWorker();
      let current = -1;
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (outcome: PairOutcome) => {
        outcomes[current] = outcome;
        done++;
        options.onOutcome?.(outcome, done, jobs.length);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  if (jobs.length > 0) await Promise.all(Array.from({ length: workerCount }, runWorker));
  return outcomes;
}
