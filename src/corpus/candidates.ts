/**
 * @module corpus/candidates
 * Which stored documents are worth verifying against a new one, from index keys alone. Shared keys
 * are weighted by rarity (inverse document frequency): two texts sharing rare stem pairs very likely
 * share a passage, while a pair found in thousands of articles ("prime minister") tells little and is
 * not even read past the policy's bound. The best few by weight get their containment estimated
 * both ways from their stored keys (passage keys are a hash-sampled subset of stem pairs, so the
 * share of one text's keys found in the other estimates how much of it the other contains), and
 * those too weak to be reuse are dropped before any alignment.
 */
import type { DocumentKeys, IndexEntry, KeyPostings, Postings } from '../store/store.js';
import { greedyCover } from './greedy-cover.js';
import type { IndexPolicy } from './policy.js';

/** A candidate with the evidence its keys give before any alignment. */
export interface Candidate {
  readonly id: string;
  /** The reuse group it belongs to (see corpus/groups). */
  readonly group: string;
  readonly published: string | null;
  /** Sum of the inverse document frequencies of the keys it shares with the new text. */
  readonly weight: number;
  readonly sharedBands: number;
  readonly sharedPassages: number;
  /** Shared passage keys that no other stored document holds (see exclusiveKeys). */
  readonly exclusive: number;
  /** Estimated share of the new text contained in the candidate. */
  readonly newInCandidate: number;
  /** Estimated share of the candidate contained in the new text. */
  readonly candidateInNew: number;
  readonly keyCounts: { readonly candidate: number; readonly new: number };
  readonly keys: DocumentKeys;
}

/**
 * Whether a set of shared keys (as many passage keys and bands of the new text) is too thin for any
 * document sharing just those to be more than a weak candidate; and how many such documents are
 * listed per set (see rankByWeight).
 */
export interface ThinSets {
  readonly thin: (passages: number, bands: number) => boolean;
  readonly listed: number;
}

/** No set is thin: every document of a listed set is listed. */
const NONE_THIN: ThinSets = { thin: () => false, listed: Infinity };

/** Thin: fewer passage keys than `minContainment` of the new text's, fewer bands than `minBands`. */
export function thinSets(keys: DocumentKeys, policy: IndexPolicy): ThinSets {
  return { thin: (passages, bands) => passages < policy.minContainment * keys.passages.length && bands < policy.minBands, listed: policy.thinSet };
}

/**
 * The best documents by rarity-weighted shared keys (ties by id), none that `exclude` names, with
 * their weights: those of the best `limit` distinct sets of shared keys, every document sharing
 * one of those sets listed; then up to `extra` more, each time the one whose shared keys not held
 * by any document already listed weigh most. The copies of a story share the same keys of a new
 * text and would fill the list on their own: sharing the very same keys, they take one place (they
 * are still listed, each a near copy of the others to be linked), and the text that holds its
 * other passages (the one it was rewritten from, a rewriting of it) still gets a place. Of a set
 * too thin to make its documents more than weak candidates (`sets`), one or two common keys shared
 * by chance, only the first `sets.listed` documents are: such sets listed a hundred documents per
 * new text in an index of 20,000, nearly all of them rejected as weak once estimated.
 */
export function rankByWeight(postings: Postings, documents: number, limit: number, exclude: (id: string) => boolean, extra = 0, sets: ThinSets = NONE_THIN): [string, number][] {
  const weights = new Map<string, number>();
  const keysOf = new Map<string, number[]>();
  const idfs: number[] = [];
  for (const p of [...postings.bands, ...postings.passages]) {
    const idf = Math.log((documents + 1) / p.frequency);
    const key = idfs.push(idf) - 1;
    for (const id of p.documents) {
      weights.set(id, (weights.get(id) ?? 0) + idf);
      (keysOf.get(id) ?? keysOf.set(id, []).get(id)!).push(key);
    }
  }
  const bands = postings.bands.length;
  const room = (keys: readonly number[]) => {
    const shared = keys.filter((k) => k < bands).length;
    return sets.thin(keys.length - shared, shared) ? sets.listed : Infinity;
  };
  const ranked = [...weights].filter(([id]) => !exclude(id)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const slots = new Map<string, number>();
  const [listed, rest]: [string, number][][] = [[], []];
  for (const entry of ranked) {
    const keys = keysOf.get(entry[0])!;
    const shares = keys.join(' ');
    if (slots.size < limit && !slots.has(shares)) slots.set(shares, room(keys));
    const left = slots.get(shares) ?? 0;
    if (left > 0) slots.set(shares, left - 1);
    (left > 0 ? listed : rest).push(entry);
  }
  const byEvidence = greedyCover(rest, ([id]) => keysOf.get(id)!, {
    weight: (k) => idfs[k]!, covered: listed.flatMap(([id]) => keysOf.get(id)!), limit: extra, stopWhenNothingAdded: true,
  });
  return [...listed, ...byEvidence];
}

/** Size of the intersection of two ascending key lists. */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else { n++; i++; j++; }
  }
  return n;
}

/**
 * Per stored document, how many of the new text's passage keys it alone holds. Two texts sharing a
 * passage key no third text holds took it one from the other (or from a text not stored): the
 * copies of their common source would hold it too. A rewriting's own rewording, kept by a rewriting
 * of it, is such a key, while its siblings share only their source's. Counted from the postings of
 * the keys held once, so no candidate's keys are looked up one by one.
 */
export function exclusiveKeys(postings: Postings): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const p of postings.passages) {
    const holder = p.frequency === 1 ? p.documents[0] : undefined;
    if (holder !== undefined) counts.set(holder, (counts.get(holder) ?? 0) + 1);
  }
  return counts;
}

/**
 * The candidate's estimates from both key sets (ascending, distinct) and the weight it was ranked
 * by; `exclusive`, how many of the new text's keys it alone holds (see exclusiveKeys).
 */
export function estimate(keys: DocumentKeys, id: string, entry: IndexEntry, weight: number, exclusive = 0): Candidate {
  const sharedPassages = sharedCount(keys.passages, entry.keys.passages);
  const mine = keys.passages.length;
  const theirs = entry.keys.passages.length;
  return {
    id, group: entry.group, published: entry.published, weight,
    sharedBands: sharedCount(keys.bands, entry.keys.bands),
    sharedPassages,
    exclusive,
    newInCandidate: mine > 0 ? sharedPassages / mine : 0,
    candidateInNew: theirs > 0 ? sharedPassages / theirs : 0,
    keyCounts: { candidate: theirs, new: mine },
    keys: entry.keys,
  };
}

/**
 * Shares with the new text 2 or more passage keys that no other stored document holds: likely
 * taken directly one from the other (see exclusiveKeys), however little of either it is. One such
 * key is too often chance: on the dense synthetic corpus of seed 2, of the candidates (not already
 * likely derivatives) holding one, 6 in 7 were the new text's siblings (other retellings of its
 * story) and most pairs of different stories among them shared only 2 keys; of those holding 2 or
 * more, 1 in 3 was a rewriting of the new text, and pairs of different stories were few.
 */
export function sharesExclusiveKeys(c: Candidate): boolean {
  return c.exclusive >= 2;
}

/** Too little shared to be reuse, and none of it exclusive to the pair: rejected without aligning. */
export function isWeak(c: Candidate, policy: IndexPolicy): boolean {
  return Math.max(c.newInCandidate, c.candidateInNew) < policy.minContainment && c.sharedBands < policy.minBands && !sharesExclusiveKeys(c);
}

/** How close a candidate is to the new text, by their keys: the larger of the two estimated containments. */
export const closeness = (c: Candidate) => Math.max(c.newInCandidate, c.candidateInNew);

/** How close two candidates are to each other, by the same measure on their stored keys. */
export function pairCloseness(a: Candidate, b: Candidate): number {
  const [x, y] = [a.keys.passages, b.keys.passages];
  if (x.length === 0 || y.length === 0) return 0;
  const shared = sharedCount(x, y);
  return Math.max(shared / x.length, shared / y.length);
}

/** The keys of two ascending key lists that both hold, ascending. */
export function sharedKeys(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else { out.push(a[i]!); i++; j++; }
  }
  return out;
}

/** A near copy both ways, on enough keys that the estimate can stand in for an alignment. */
export function isNearCopy(c: Candidate, policy: IndexPolicy): boolean {
  return Math.min(c.newInCandidate, c.candidateInNew) >= policy.nearCopy && Math.min(c.keyCounts.candidate, c.keyCounts.new) >= policy.minKeys;
}

/** Whether two candidates are near copies of each other, by the same rule. */
export function areNearCopies(a: Candidate, b: Candidate, policy: IndexPolicy): boolean {
  const [x, y] = [a.keys.passages, b.keys.passages];
  if (Math.min(x.length, y.length) < policy.minKeys) return false;
  const shared = sharedCount(x, y);
  return shared / x.length >= policy.nearCopy && shared / y.length >= policy.nearCopy;
}

/**
 * The keys of the batch being indexed, answering like a store: batch-mates are not stored until the
 * batch is written, so the store cannot find them for each other.
 */
export class BatchIndex {
  private readonly postings = { bands: new Map<number, string[]>(), passages: new Map<number, string[]>() };
  private readonly entries = new Map<string, IndexEntry>();

  add(id: string, entry: IndexEntry): void {
    this.entries.set(id, entry);
    for (const kind of ['bands', 'passages'] as const) {
      for (const k of entry.keys[kind]) (this.postings[kind].get(k) ?? this.postings[kind].set(k, []).get(k)!).push(id);
    }
  }

  keyPostings(keys: DocumentKeys): Postings {
    const of = (kind: 'bands' | 'passages') => keys[kind].flatMap((key) => {
      const documents = this.postings[kind].get(key);
      return documents ? [{ key, frequency: documents.length, documents }] : [];
    });
    return { bands: of('bands'), passages: of('passages') };
  }

  entry(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Store and batch postings as one: frequencies add up; documents are the store's (earlier) then the
 * batch's, at most `perKey`, and none for a key that has become too common.
 */
export function mergePostings(stored: Postings, batch: Postings, perKey: number, maxFrequency: number): Postings {
  const merge = (a: readonly KeyPostings[], b: readonly KeyPostings[]): KeyPostings[] => {
    const byKey = new Map<number, KeyPostings>(a.map((p) => [p.key, p]));
    for (const p of b) {
      const s = byKey.get(p.key);
      byKey.set(p.key, s ? { key: p.key, frequency: s.frequency + p.frequency, documents: [...s.documents, ...p.documents] } : p);
    }
    return [...byKey.values()].map((p) => ({
      key: p.key, frequency: p.frequency, documents: p.frequency > maxFrequency ? [] : p.documents.slice(0, perKey),
    }));
  };
  return { bands: merge(stored.bands, batch.bands), passages: merge(stored.passages, batch.passages) };
}
