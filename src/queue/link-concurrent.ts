/**
 * @module queue/link-concurrent
 * The second pass of a worker's batch. Ingest verifies each new document against what is committed
 * when it runs, so two related documents indexed at the same moment by two workers would not see
 * each other. Once the batch is committed, each of its documents is verified against the candidates
 * that its own lookup in the first pass did not return (a batch-mate's later lookup may have
 * returned a document committed meanwhile, which this document's lookup could not see). Of two such
 * documents, the one whose pass runs later sees the other committed, so their edge is found by at
 * least one side. A worker runs this pass only when other jobs ran at the same time.
 */
import { AnalyzedCache } from '../corpus/analyzed-cache.js';
import { retrieve } from '../corpus/retrieve.js';
import { verifyPair } from '../corpus/verify.js';
import type { Edge, Store } from '../store/store.js';

/** Candidates each document's lookup returned, by the asking document's id. */
export type SeenCandidates = Map<string, Set<string>>;

/** `store`, noting what each `findCandidates` returns for the document asking (its `excludeId`). */
export function noteCandidates(store: Store, seen: SeenCandidates): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'findCandidates') {
        return async (...args: Parameters<Store['findCandidates']>) => {
          const found = await target.findCandidates(...args);
          const asking = args[1].excludeId ?? '';
          const mine = seen.get(asking) ?? seen.set(asking, new Set()).get(asking)!;
          for (const candidate of found) mine.add(candidate.id);
          return found;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Adds the edges between `ids` and candidates not in `seen`; returns how many it added. */
export async function linkConcurrent(store: Store, ids: readonly string[], seen: ReadonlyMap<string, ReadonlySet<string>>, cache = new AnalyzedCache(64)): Promise<number> {
  const inBatch = new Set(ids);
  let added = 0;
  for (const id of ids) {
    const keys = await store.getKeys(id);
    if (!keys) continue;
    const existing = await store.edgesOf(id);
    const linked = new Set(existing.map((e) => (e.from === id ? e.to : e.from)));
    const unseen = (await retrieve(store, keys, { excludeId: id })).filter((c) => !inBatch.has(c.id) && !linked.has(c.id) && !seen.get(id)?.has(c.id));
    const self = unseen.length > 0 ? await cache.load(store, id) : null;
    const found: Edge[] = [];
    for (const candidate of self ? unseen : []) {
      const other = await cache.load(store, candidate.id);
      const edge = other && verifyPair(other, self!).edge;
      if (edge) found.push(edge);
    }
    // Added, not replaced: other workers may be linking `id` at this very moment.
    await store.addEdges(found);
    added += found.length;
  }
  return added;
}
