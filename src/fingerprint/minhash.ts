/**
 * @module fingerprint/minhash
 * MinHash over word shingles of content stems, banded for LSH: two documents share a band key with
 * probability 1 - (1 - J^ROWS)^BANDS for shingle Jaccard J (about 0.64 at J = 0.5, 0.99 at J = 0.7),
 * which catches near-duplicates with a few percent of words edited. Partial reuse and rewrites are
 * the passage keys' job.
 */
import { combine32, mix32, safeKey } from './hash.js';

export const PERMUTATIONS = 64;
export const BAND_ROWS = 4;
export const SHINGLE_SIZE = 3;

const PERMUTATION_SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** Distinct 32-bit shingle hashes of consecutive content stems (each stem given as its 32-bit hash). */
export function shingles(stemHashes: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (stemHashes.length < SHINGLE_SIZE) {
    for (const h of stemHashes) out.add(h);
    return out;
  }
  for (let i = 0; i + SHINGLE_SIZE <= stemHashes.length; i++) {
    let h = 0;
    for (let j = 0; j < SHINGLE_SIZE; j++) h = combine32(h, stemHashes[i + j]!);
    out.add(h);
  }
  return out;
}

/** One minimum per permutation; empty for an empty set. */
export function signature(set: ReadonlySet<number>): Uint32Array {
  if (set.size === 0) return new Uint32Array(0);
  const mins = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const value of set) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = mix32(value ^ PERMUTATION_SEEDS[p]!);
      if (v < mins[p]!) mins[p] = v;
    }
  }
  return mins;
}

/** Estimated Jaccard similarity of the two sets behind two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let same = 0;
  for (let p = 0; p < PERMUTATIONS; p++) if (a[p] === b[p]) same++;
  return same / PERMUTATIONS;
}

/** One key per band of BAND_ROWS minima; the band's index is hashed in, so bands never cross-match. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let start = 0, band = 0; start + BAND_ROWS <= sig.length; start += BAND_ROWS, band++) {
    let hi = mix32(band + 0x51ed27);
    let lo = mix32(band + 0x2545f491);
    for (let r = start; r < start + BAND_ROWS; r++) {
      hi = combine32(hi, sig[r]!);
      lo = combine32(lo ^ 0x5bd1e995, sig[r]!);
    }
    keys.push(safeKey(hi, lo));
  }
  return keys;
}
