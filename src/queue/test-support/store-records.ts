/**
 * @module queue/test-support/store-records
 * A minimal batch processor for queue tests: stores the records as documents without fingerprint
 * keys. It exercises what the queue guarantees (every batch indexed once in effect, retries
 * idempotent) without the cost of the full corpus pipeline.
 */
import { createHash } from 'node:crypto';
import type { SourceRecord } from '../../ingest/types.js';
import type { Store } from '../../store/store.js';

export async function storeRecords(store: Store, records: readonly SourceRecord[]) {
  return store.putDocuments(records.map((r) => ({
    document: {
      id: r.id, path: r.path, url: r.url, outlet: r.outlet, published: r.published, title: r.extracted.title,
      language: 'en', text: r.extracted.text, contentHash: createHash('sha256').update(r.extracted.text).digest('hex'),
    },
    keys: { bands: [], passages: [] },
  })));
}

/** `count` small distinct documents as reader output. */
export function syntheticRecords(count: number, prefix = 'doc') {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'document' as const,
    record: {
      id: `${prefix}-${String(i).padStart(4, '0')}`, path: `${prefix}/${i}.txt`, url: null, outlet: 'Test Wire', published: null, origin: `${prefix}/${i}.txt`,
      extracted: {
        format: 'text' as const, title: `Story ${i}`, byline: null, published: null, declaredLanguage: null, siteName: null, url: null,
        text: `Story number ${i}. The council approved plan ${i} on Monday after a long debate about costs.`,
      },
    },
  }));
}
