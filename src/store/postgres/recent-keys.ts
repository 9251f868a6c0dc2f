/**
 * @module store/postgres/recent-keys
 * Keys of the candidates a `findCandidates` just returned. Choosing which candidates to verify asks
 * for the keys of many of them one by one; fetching them with the candidates saves a round trip
 * each. Entries live a few seconds and are dropped when this process rewrites the document, so
 * they are never older than a candidate lookup a moment ago.
 */
import type { DocumentKeys } from '../store.js';

const TTL_MS = 5_000;
const CAPACITY = 4_096;

export class RecentKeys {
  private readonly entries = new Map<string, { keys: DocumentKeys; at: number }>();

  set(id: string, keys: DocumentKeys): void {
    this.entries.delete(id);
    this.entries.set(id, { keys, at: Date.now() });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
  }

  get(id: string): DocumentKeys | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (Date.now() - entry.at <= TTL_MS) return entry.keys;
    this.entries.delete(id);
    return undefined;
  }

  forget(ids: Iterable<string>): void {
    for (const id of ids) this.entries.delete(id);
  }
}
