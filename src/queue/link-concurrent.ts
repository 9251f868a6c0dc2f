/**
 * @module queue/link-concurrent
 * The second pass of a worker's batch. Ingest verifies each new document against what is committed
 * when it runs, so two related documents indexed at the same moment by two workers would not see
 * each other. Once the batch is committed, each of its documents is verified again against the
 * candidates stored since the batch began. Of two such documents, the one whose pass runs later
 * sees the other committed, so their edge is found by at least one side.
 */
import { AnalyzedCache } from '../index/analyzed-cache.js';
import { retrieve } from '../index/retrieve.js';
import { verifyPair } from '../index/verify.js';
import type { Edge, Store } from '../store/store.js';

/**
 * Documents stored this long before the batch began were committed before it, hence already seen;
 * allows for a writing transaction's length and for clock skew between worker machines.
 */
const MARGIN_MS = 10_000;

/** Adds the edges between `ids` and documents stored since `since`; returns how many it added. */
export async function linkConcurrent(store: Store, ids: readonly string[], since: Date): Promise<number> {
  const cache = new AnalyzedCache(64);
  const inBatch = new Set(ids);
  const cutoff = since.getTime() - MARGIN_MS;
  let added = 0;
  for (const id of ids) {
    const keys = await store.getKeys(id);
    const self = keys && (await cache.load(store, id));
    if (!keys || !self) continue;
    const existing = await store.edgesOf(id);
    const linked = new Set(existing.map((e) => (e.from === id ? e.to : e.from)));
    const found: Edge[] = [];
    for (const candidate of await retrieve(store, keys, { excludeId: id })) {
      if (inBatch.has(candidate.id) || linked.has(candidate.id)) continue;
      const stored = await store.getDocument(candidate.id);
      if (!stored || Date.parse(stored.ingestedAt) < cutoff) continue;
      const other = await cache.load(store, candidate.id);
      const edge = other && verifyPair(other, self).edge;
      if (edge) found.push(edge);
    }
    if (found.length === 0) continue;
    await store.putEdges(id, [...existing, ...found]);
    added += found.length;
  }
  return added;
}
