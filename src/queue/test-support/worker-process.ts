/**
 * @module queue/test-support/worker-process
 * A worker in its own process for the multi-process queue tests. Environment: NT_URL, NT_CONCURRENCY,
 * NT_HANG_AFTER_STORE=1 (index the first batch, say so, then hang: the test kills it mid-job).
 * Prints one JSON line per finished batch (ids, ingest counts, start and end times).
 */
import { batchIngester } from '../ingest-batch.js';
import { runWorker } from '../run-worker.js';
import type { SourceRecord } from '../../ingest/types.js';
import type { Store } from '../../store/store.js';
import type { OverlapCheck } from '../overlapping-jobs.js';

const hang = process.env.NT_HANG_AFTER_STORE === '1';
const ingestBatch = batchIngester();

async function processBatch(store: Store, records: readonly SourceRecord[], overlapped: OverlapCheck) {
  const start = Date.now();
  const result = await ingestBatch(store, records, overlapped);
  const ids = records.map((r) => r.id);
  if (hang) {
    process.stdout.write(`${JSON.stringify({ stored: ids, result })}\n`);
    await new Promise(() => undefined);
  }
  process.stdout.write(`${JSON.stringify({ batch: ids, result, start, end: Date.now() })}\n`);
  return result;
}

const worker = await runWorker({
  url: process.env.NT_URL!,
  concurrency: Number(process.env.NT_CONCURRENCY ?? 1),
  process: processBatch,
  untilEmpty: !hang,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
});
await worker.done;
