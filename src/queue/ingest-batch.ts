/**
 * @module queue/ingest-batch
 * What a worker does with one job: the corpus ingest orchestration over the job's documents, as one
 * batch, then the link pass for documents other workers stored meanwhile. Ingest skips documents
 * already stored with the same text, so a retried job (after a crash or an expiry) adds nothing twice.
 */
import { ingest, type IngestCounts } from '../index/ingest.js';
import type { SourceItem, SourceRecord } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import { linkConcurrent, noteCandidates } from './link-concurrent.js';

export interface BatchResult extends IngestCounts {
  /** Edges added by the link pass (to documents stored concurrently by other workers). */
  readonly linked: number;
}

async function* asItems(records: readonly SourceRecord[]): AsyncIterable<SourceItem> {
  for (const record of records) yield { kind: 'document', record };
}

export async function ingestBatch(store: Store, records: readonly SourceRecord[]): Promise<BatchResult> {
  const seen = new Set<string>();
  const { problems: _problems, seconds: _seconds, ...counts } = await ingest(noteCandidates(store, seen), asItems(records), { batchSize: Math.max(1, records.length) });
  const linked = await linkConcurrent(store, records.map((r) => r.id), seen);
  return { ...counts, linked };
}
