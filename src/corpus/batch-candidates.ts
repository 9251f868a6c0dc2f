/**
 * @module corpus/batch-candidates
 * Candidates among the documents of the batch being ingested: they are not in the store yet (the
 * batch is written in one transaction at its end), so the store cannot find them for each other.
 */
import type { Candidate, DocumentKeys } from '../store/store.js';

export class BatchKeys {
  private readonly bands = new Map<number, string[]>();
  private readonly passages = new Map<number, string[]>();
  private readonly passageKeys = new Map<string, number>();

  add(id: string, keys: DocumentKeys): void {
    this.passageKeys.set(id, new Set(keys.passages).size);
    for (const k of keys.bands) (this.bands.get(k) ?? this.bands.set(k, []).get(k)!).push(id);
    for (const k of keys.passages) (this.passages.get(k) ?? this.passages.set(k, []).get(k)!).push(id);
  }

  /** Documents added so far that share keys with `keys`, with the same counts a store reports. */
  candidates(keys: DocumentKeys, excludeId: string): Candidate[] {
    const counts = new Map<string, { bands: number; passages: number }>();
    const count = (ids: string[] | undefined, field: 'bands' | 'passages') => {
      for (const id of new Set(ids)) {
        if (id === excludeId) continue;
        const c = counts.get(id) ?? counts.set(id, { bands: 0, passages: 0 }).get(id)!;
        c[field]++;
      }
    };
    for (const k of new Set(keys.bands)) count(this.bands.get(k), 'bands');
    for (const k of new Set(keys.passages)) count(this.passages.get(k), 'passages');
    return [...counts].map(([id, c]) => ({ id, sharedBands: c.bands, sharedPassages: c.passages, passageKeys: this.passageKeys.get(id)! }));
  }
}

/** Candidates from both sources, ranked as the store ranks them, without repeats. */
export function mergeCandidates(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const c of [...a, ...b]) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()].sort((x, y) => y.sharedBands + y.sharedPassages - (x.sharedBands + x.sharedPassages) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
