/**
 * @module store/copy-index
 * Copies a whole index from one store to another through the Store interface: documents with their
 * fingerprint keys and analyses, then the verified edges, so nothing is analysed or verified again. This is how an
 * index outgrows its SQLite file: the PostgreSQL store receives exactly what corpus mode built.
 * Both stores pin the same fingerprint scheme (opening either refuses another one), so keys carry
 * over unchanged. Writes are upserts: a copy interrupted midway is completed by running it again.
 */
import { NewstraceError } from '../core/errors.js';
import type { Store } from './store.js';

export interface CopyProgress {
  readonly documents: number;
  readonly total: number;
  readonly edges: number;
}

export interface CopyOptions {
  /** Documents per write transaction (default 200). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CopyProgress) => void;
}

export interface CopySummary {
  readonly documents: number;
  /** Stored in the target before under the same id with the same text and metadata. */
  readonly unchanged: number;
  readonly edges: number;
  readonly seconds: number;
}

/** Edges per write: each is one upsert of its two ends. */
const EDGE_BATCH = 1000;

export async function copyIndex(from: Store, to: Store, options: CopyOptions = {}): Promise<CopySummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const total = await from.countDocuments();
  let documents = 0;
  let unchanged = 0;
  for (let after: string | undefined; ;) {
    const page = await from.listDocuments({ after, limit: batchSize });
    if (page.length === 0) break;
    const batch = [];
    for (const { ingestedAt: _ingestedAt, ...document } of page) {
      const keys = await from.getKeys(document.id);
      // Listed a moment ago; only a concurrent delete could remove it, and the store has none.
      if (!keys) throw new NewstraceError('store_failed', `document ${document.id} has no keys in the source index`);
      const analysis = (await from.getAnalysis(document.id))?.analysis ?? undefined;
      batch.push({ document, keys, analysis });
    }
    const outcomes = await to.putDocuments(batch);
    unchanged += outcomes.filter((o) => o === 'unchanged').length;
    documents += page.length;
    after = page[page.length - 1]!.id;
    options.onProgress?.({ documents, total, edges: 0 });
  }
  const edges = await from.allEdges();
  for (let i = 0; i < edges.length; i += EDGE_BATCH) {
    await to.addEdges(edges.slice(i, i + EDGE_BATCH));
    options.onProgress?.({ documents, total, edges: Math.min(edges.length, i + EDGE_BATCH) });
  }
  return { documents, unchanged, edges: edges.length, seconds: (performance.now() - started) / 1000 };
}
