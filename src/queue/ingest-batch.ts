/**
 * @module queue/ingest-batch
 * What a worker does with one job: the corpus ingest orchestration over the job's documents, as one
 * batch, then the link pass for documents other workers stored meanwhile. Ingest skips documents
 * already stored with the same text, so a retried job (after a crash or an expiry) adds nothing twice.
 */
import { ingest, type IngestCounts } from '../corpus/ingest.js';
import type { SourceItem, SourceRecord } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { AnalyzedCache } from '../corpus/analyzed-cache.js';
import type { OverlapCheck } from './overlapping-jobs.js';
import type { BatchProcessor } from './run-worker.js';
import { linkConcurrent, noteCandidates, type SeenCandidates } from './link-concurrent.js';

export interface BatchResult extends IngestCounts {
  /** Edges added by the link pass (to documents stored concurrently by other workers). */
  readonly linked: number;
}

async function* asItems(records: readonly SourceRecord[]): AsyncIterable<SourceItem> {
  for (const record of records) yield { kind: 'document', record };
}

/**
 * Indexes one batch; `overlapped` says whether other jobs ran meanwhile (else the link pass has
 * nothing to find), `cache` carries analysed texts from batch to batch of one worker process.
 */
export async function ingestBatch(store: Store, records: readonly SourceRecord[], overlapped: OverlapCheck, cache = new AnalyzedCache()): Promise<BatchResult> {
  const seen: SeenCandidates = new Map();
  const { problems: _problems, seconds: _seconds, ...counts } = await ingest(noteCandidates(store, seen), asItems(records), { batchSize: Math.max(1, records.length), cache });
  const linked = (await overlapped()) ? await linkConcurrent(store, records.map((r) => r.id), seen, cache) : 0;
  return { ...counts, linked };
}

/** A batch processor for one worker process, keeping its analysed texts between batches. */
export function batchIngester(): BatchProcessor {
  const cache = new AnalyzedCache();
  return (store, records, overlapped) => ingestBatch(store, records, overlapped, cache);
}
