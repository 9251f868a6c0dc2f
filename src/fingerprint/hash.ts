/**
 * @module fingerprint/hash
 * Hashing for index keys. Each distinct stem is hashed once with 64-bit xxHash (WebAssembly, loaded
 * once with `await initHash()`); everything built from stems (shingles, pairs, bands) is combined
 * with cheap 32-bit integer mixing of the two halves, so keys stay stable across runs and machines.
 */
import xxhash from 'xxhash-wasm';
import { NewstraceError } from '../core/errors.js';

/** A 64-bit hash as two unsigned 32-bit halves. */
export interface Hash64 {
  readonly hi: number;
  readonly lo: number;
}

let h64: ((input: string) => bigint) | null = null;
let loading: Promise<void> | null = null;

/** Loads the WebAssembly hasher; call (and await) once before fingerprinting. */
export function initHash(): Promise<void> {
  loading ??= xxhash().then((api) => {
    h64 = (input) => api.h64(input);
  });
  return loading;
}

export function hashString(input: string): Hash64 {
  if (!h64) throw new NewstraceError('store_failed', 'fingerprinting used before initFingerprint() finished');
  const value = h64(input);
  return { hi: Number(value >> 32n), lo: Number(value & 0xffffffffn) };
}

/** MurmurHash3's 32-bit finaliser: a bijective avalanche mix. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Order-dependent combination of a running 32-bit hash with one more value. */
export function combine32(seed: number, value: number): number {
  return mix32((Math.imul(seed ^ 0x9e3779b9, 0x27d4eb2d) + value) >>> 0);
}

/** A safe integer (< 2^53) from two 32-bit halves: 21 high bits and 32 low bits. */
export function safeKey(hi: number, lo: number): number {
  return (hi & 0x1fffff) * 0x100000000 + (lo >>> 0);
}
