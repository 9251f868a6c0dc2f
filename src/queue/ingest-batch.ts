/**
 * @module queue/ingest-batch
 * What a worker does with one job: the corpus ingest orchestration over the job's documents, as one
 * batch. Ingest skips documents already stored with the same text, so a retried job (after a crash
 * or an expiry) adds nothing twice.
 */
import { ingest, type IngestCounts } from '../index/ingest.js';
import type { SourceItem, SourceRecord } from '../ingest/types.js';
import type { Store } from '../store/store.js';

async function* asItems(records: readonly SourceRecord[]): AsyncIterable<SourceItem> {
  for (const record of records) yield { kind: 'document', record };
}

export async function ingestBatch(store: Store, records: readonly SourceRecord[]): Promise<IngestCounts> {
  const { problems: _problems, seconds: _seconds, ...counts } = await ingest(store, asItems(records), { batchSize: Math.max(1, records.length) });
  return counts;
}
