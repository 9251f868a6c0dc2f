/**
 * @module fingerprint/passage-keys
 * Keys that survive rewriting. Inside each sentence, every content stem is paired with the next
 * PAIR_WINDOW content stems, order ignored: a substituted or inserted word breaks only the pairs it
 * is part of, reordered clauses and split sentences keep most pairs, and a sentence kept in a heavy
 * rewrite still shares several keys with its source. A fixed share of pairs is kept by hash value
 * ("0 mod p" sampling), which is local: a pair is kept in every document or in none, so sampling
 * never makes two texts miss a key they share.
 */
import { combine32, safeKey, type Hash64 } from './hash.js';

export const PAIR_WINDOW = 3;
/** One pair in SAMPLE_MODULUS is kept. */
export const SAMPLE_MODULUS = 5;
/** Below this many sampled keys a (short) text keeps all its pairs; the extra keys only add recall. */
const MIN_KEYS = 8;

function pairKey(a: Hash64, b: Hash64): { key: number; lo: number } {
  const [first, second] = a.lo < b.lo || (a.lo === b.lo && a.hi <= b.hi) ? [a, b] : [b, a];
  const hi = combine32(combine32(0x1b873593, first.hi), second.hi);
  const lo = combine32(combine32(0xcc9e2d51, first.lo), second.lo);
  return { key: safeKey(hi, lo), lo };
}

/** Every in-window pair of each sentence, mapped to whether sampling keeps it. */
export function pairKeys(sentences: readonly (readonly Hash64[])[]): Map<number, boolean> {
  const pairs = new Map<number, boolean>();
  for (const stems of sentences) {
    for (let i = 0; i < stems.length; i++) {
      for (let j = i + 1; j <= i + PAIR_WINDOW && j < stems.length; j++) {
        const a = stems[i]!;
        const b = stems[j]!;
        if (a.lo === b.lo && a.hi === b.hi) continue;
        const { key, lo } = pairKey(a, b);
        pairs.set(key, lo % SAMPLE_MODULUS === 0);
      }
    }
  }
  return pairs;
}

/** Passage keys of sentences given as their content stems' hashes, sorted and distinct. */
export function passageKeys(sentences: readonly (readonly Hash64[])[]): number[] {
  const pairs = pairKeys(sentences);
  const kept = [...pairs.keys()].filter((key) => pairs.get(key));
  const keys = kept.length >= MIN_KEYS ? kept : [...pairs.keys()];
  return keys.sort((x, y) => x - y);
}
