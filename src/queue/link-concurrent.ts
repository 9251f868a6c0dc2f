/**
 * @module queue/link-concurrent
 * The second pass of a worker's batch. Ingest verifies each new document against what is committed
 * when it runs, so two related documents indexed at the same moment by two workers would not see
 * each other. Once the batch is committed, each of its documents is verified against the candidates
 * that the first pass did not see. Of two such documents, the one whose pass runs later sees the
 * other committed, so their edge is found by at least one side; in a single-worker run the pass finds
 * nothing new and verifies nothing.
 */
import { AnalyzedCache } from '../index/analyzed-cache.js';
import { retrieve } from '../index/retrieve.js';
import { verifyPair } from '../index/verify.js';
import type { Edge, Store } from '../store/store.js';

/** `store`, noting every candidate its `findCandidates` returns: what a pass over it could see. */
export function noteCandidates(store: Store, seen: Set<string>): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'findCandidates') {
        return async (...args: Parameters<Store['findCandidates']>) => {
          const found = await target.findCandidates(...args);
          for (const candidate of found) seen.add(candidate.id);
          return found;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const samePair = (a: Edge, b: Edge) => (a.from === b.from && a.to === b.to) || (a.from === b.to && a.to === b.from);

/** Adds the edges between `ids` and candidates not in `seen`; returns how many it added. */
export async function linkConcurrent(store: Store, ids: readonly string[], seen: ReadonlySet<string>): Promise<number> {
  const cache = new AnalyzedCache(64);
  const inBatch = new Set(ids);
  let added = 0;
  for (const id of ids) {
    const keys = await store.getKeys(id);
    if (!keys) continue;
    const existing = await store.edgesOf(id);
    const linked = new Set(existing.map((e) => (e.from === id ? e.to : e.from)));
    const unseen = (await retrieve(store, keys, { excludeId: id })).filter((c) => !inBatch.has(c.id) && !linked.has(c.id) && !seen.has(c.id));
    const self = unseen.length > 0 ? await cache.load(store, id) : null;
    const found: Edge[] = [];
    for (const candidate of self ? unseen : []) {
      const other = await cache.load(store, candidate.id);
      const edge = other && verifyPair(other, self!).edge;
      if (edge) found.push(edge);
    }
    if (found.length === 0) continue;
    // Read again after the slow verification: another worker may have linked `id` meanwhile.
    const current = (await store.edgesOf(id)).filter((e) => !found.some((f) => samePair(e, f)));
    await store.putEdges(id, [...current, ...found]);
    added += found.length;
  }
  return added;
}
