/**
 * @module eval/ngram-corpus
 * The word n-gram containment baseline over a whole corpus, the yardstick corpus mode is benched
 * against: two documents are linked when the share of one's n-grams found in the other (either way)
 * reaches a threshold. Every (n-gram, document) occurrence is sorted once, so the cost is that of
 * the sort plus the pairs that really share n-grams; nothing is compared all against all.
 */
import { ngrams } from './ngram-containment.js';

export interface NgramPair {
  readonly a: string;
  readonly b: string;
  /** The larger of the two containments: shared n-grams over the n-grams of the smaller side. */
  readonly containment: number;
}

export interface NgramOptions {
  /** Words per n-gram (default 5). */
  readonly n?: number;
  /** Pairs below this containment are not returned (default 0.05). */
  readonly floor?: number;
  /**
   * N-grams found in more documents than this are left out (default 1,000): stock phrases say
   * nothing about reuse and would make the pair count quadratic.
   */
  readonly maxDocuments?: number;
}

/** FNV-1a, 32 bits: n-grams as numbers, so 100,000 documents' worth fit in one typed array. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const DOC_BITS = 2 ** 21;

/** Document pairs sharing n-grams, with their containment, for documents in any order. */
export function ngramPairs(docs: readonly { readonly id: string; readonly text: string }[], options: NgramOptions = {}): NgramPair[] {
  const n = options.n ?? 5;
  const floor = options.floor ?? 0.05;
  const maxDocuments = options.maxDocuments ?? 1000;
  if (docs.length >= DOC_BITS) throw new RangeError(`ngramPairs: at most ${DOC_BITS - 1} documents`);
  const sizes = new Uint32Array(docs.length);
  const hashed = docs.map((d, i) => {
    const grams = new Set([...ngrams(d.text, n)].map(hash32));
    sizes[i] = grams.size;
    return grams;
  });
  // hash * 2^21 + document stays below 2^53: exact in a double, and one numeric sort groups them.
  const occurrences = new Float64Array(hashed.reduce((sum, g) => sum + g.size, 0));
  let k = 0;
  hashed.forEach((grams, i) => {
    for (const h of grams) occurrences[k++] = h * DOC_BITS + i;
  });
  occurrences.sort();
  const shared = new Map<number, number>();
  for (let start = 0; start < occurrences.length; ) {
    const gram = Math.floor(occurrences[start]! / DOC_BITS);
    let end = start + 1;
    while (end < occurrences.length && Math.floor(occurrences[end]! / DOC_BITS) === gram) end++;
    if (end - start > 1 && end - start <= maxDocuments) {
      for (let x = start; x < end; x++) {
        const i = occurrences[x]! % DOC_BITS;
        for (let y = x + 1; y < end; y++) {
          const key = i * DOC_BITS + (occurrences[y]! % DOC_BITS);
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  const pairs: NgramPair[] = [];
  for (const [key, count] of shared) {
    const i = Math.floor(key / DOC_BITS);
    const j = key % DOC_BITS;
    const containment = count / Math.max(1, Math.min(sizes[i]!, sizes[j]!));
    if (containment >= floor) pairs.push({ a: docs[i]!.id, b: docs[j]!.id, containment });
  }
  return pairs;
}
