/**
 * @module corpus/retrieve
 * Which stored documents are worth aligning with a text: any sharing a MinHash band (a near-duplicate
 * in all likelihood), or sharing several passage keys. A single shared stem pair is common between
 * unrelated news (e.g. "prime minister"), so one or two make a candidate only when they are a good
 * share of the shorter text's keys (a brief rewrite of a few sentences has only a few keys at all).
 */
import type { Candidate, DocumentKeys, Store } from '../store/store.js';

export const DEFAULT_CANDIDATES = 12;
export const MIN_SHARED_PASSAGES = 3;
/** Share of the shorter text's passage keys that makes a candidate of fewer shared keys. */
export const MIN_SHARED_SHARE = 0.15;

/** The best `limit` of `found` (ranked as a store ranks) that pass the rules above. */
export function selectCandidates(found: readonly Candidate[], keys: DocumentKeys, limit: number): Candidate[] {
  const chosen: Candidate[] = [];
  for (const c of found) {
    if (chosen.length >= limit) break;
    if (c.sharedBands > 0 || c.sharedPassages >= MIN_SHARED_PASSAGES) {
      chosen.push(c);
    } else if (c.sharedPassages > 0) {
      const shorter = Math.min(keys.passages.length, c.passageKeys);
      if (shorter > 0 && c.sharedPassages / shorter >= MIN_SHARED_SHARE) chosen.push(c);
    }
  }
  return chosen;
}

export async function retrieve(store: Store, keys: DocumentKeys, options: { limit?: number; excludeId?: string } = {}): Promise<Candidate[]> {
  const limit = options.limit ?? DEFAULT_CANDIDATES;
  // Ask for more than needed: the store ranks by total shared keys, the rules then drop weak ones.
  const found = await store.findCandidates(keys, { limit: limit * 3, excludeId: options.excludeId });
  return selectCandidates(found, keys, limit);
}
