/**
 * @module index/retrieve
 * Which stored documents are worth aligning with a text: any sharing a MinHash band (a near-duplicate
 * in all likelihood), or sharing several passage keys. A single shared stem pair is common between
 * unrelated news (e.g. "prime minister"), so it alone does not make a candidate.
 */
import type { Candidate, DocumentKeys, Store } from '../store/store.js';

export interface RetrievalOptions {
  /** Most candidates verified per document (default 12). */
  readonly limit?: number;
  /** Shared passage keys that make a candidate without a shared band (default 3). */
  readonly minSharedPassages?: number;
  readonly excludeId?: string;
}

export const DEFAULT_CANDIDATES = 12;
export const MIN_SHARED_PASSAGES = 3;

export function worthVerifying(c: Pick<Candidate, 'sharedBands' | 'sharedPassages'>, minShared = MIN_SHARED_PASSAGES): boolean {
  return c.sharedBands > 0 || c.sharedPassages >= minShared;
}

export async function retrieve(store: Store, keys: DocumentKeys, options: RetrievalOptions = {}): Promise<Candidate[]> {
  const limit = options.limit ?? DEFAULT_CANDIDATES;
  // Ask for more than needed: the store ranks by total shared keys, the filter then drops weak ones.
  const found = await store.findCandidates(keys, { limit: limit * 2, excludeId: options.excludeId });
  return found.filter((c) => worthVerifying(c, options.minSharedPassages)).slice(0, limit);
}
