/**
 * @module queue/ingest-batch
 * What a worker does with one job: the corpus indexing pipeline over the job's documents, as one
 * batch; once it is written, documents other workers stored meanwhile are linked too (the
 * pipeline's `overlapped` pass). The pipeline skips documents already stored with the same text, so
 * a retried job (after a crash or an expiry) adds nothing twice.
 */
import { AnalyzedCache } from '../corpus/analyzed-cache.js';
import { ingest, type IngestCounts, type IngestProblem, type IngestUpdate } from '../corpus/ingest.js';
import type { SourceItem, SourceRecord } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import type { OverlapCheck } from './overlapping-jobs.js';
import type { BatchProcessor } from './run-worker.js';

export interface BatchResult extends IngestCounts {
  /** Documents skipped (e.g. an id stored from another file) and replaced, for the worker to report. */
  readonly problems: readonly IngestProblem[];
  readonly updates: readonly IngestUpdate[];
}

async function* asItems(records: readonly SourceRecord[]): AsyncIterable<SourceItem> {
  for (const record of records) yield { kind: 'document', record };
}

/**
 * Indexes one batch; `overlapped` says whether other jobs ran meanwhile (else the second linking
 * pass has nothing to find), `cache` carries analysed texts from batch to batch of one worker process.
 */
export async function ingestBatch(store: Store, records: readonly SourceRecord[], overlapped: OverlapCheck, cache = new AnalyzedCache()): Promise<BatchResult> {
  const { seconds: _seconds, policy: _policy, ...counts } = await ingest(store, asItems(records), {
    batchSize: Math.max(1, records.length), cache, overlapped,
  });
  return counts;
}

/** A batch processor for one worker process, keeping its analysed texts between batches. */
export function batchIngester(): BatchProcessor {
  const cache = new AnalyzedCache();
  return (store, records, overlapped) => ingestBatch(store, records, overlapped, cache);
}
