/**
 * @module queue/test-support/worker-process
 * A worker in its own process for the multi-process queue tests. Environment: NT_URL, NT_CONCURRENCY,
 * NT_HANG_AFTER_STORE=1 (store the first batch, say so, then hang: the test kills it mid-job).
 * Prints one JSON line per finished batch.
 */
import { runWorker } from '../run-worker.js';
import { storeRecords } from './store-records.js';
import type { Store } from '../../store/store.js';
import type { SourceRecord } from '../../ingest/types.js';

const hang = process.env.NT_HANG_AFTER_STORE === '1';

async function process_(store: Store, records: readonly SourceRecord[]) {
  const outcomes = await storeRecords(store, records);
  if (hang) {
    process.stdout.write(`${JSON.stringify({ stored: records.map((r) => r.id) })}\n`);
    await new Promise(() => undefined);
  }
  process.stdout.write(`${JSON.stringify({ batch: records.map((r) => r.id), outcomes })}\n`);
  return outcomes;
}

const worker = await runWorker({
  url: process.env.NT_URL!,
  concurrency: Number(process.env.NT_CONCURRENCY ?? 1),
  process: process_,
  untilEmpty: !hang,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
});
await worker.done;
