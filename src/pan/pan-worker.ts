/**
 * @module pan/pan-worker
 * Worker thread of `runPairs`: receives one PairJob at a time and answers with its PairOutcome. A
 * failing pair is reported as an outcome, so one bad document never stops the run.
 */
import { parentPort } from 'node:worker_threads';
import { detectPassages } from './detect.js';
import { readRawText } from './read-raw.js';
import type { PairJob, PairOutcome } from './run-pairs.js';

parentPort?.on('message', (job: PairJob) => {
  const started = performance.now();
  let outcome: PairOutcome;
  try {
    const detections = detectPassages(readRawText(job.sourcePath), readRawText(job.suspiciousPath), job.pair);
    outcome = { pair: job.pair, detections, error: null, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome = { pair: job.pair, detections: null, error: message, seconds: (performance.now() - started) / 1000 };
  }
  parentPort?.postMessage(outcome);
});
