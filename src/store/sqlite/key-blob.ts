/**
 * @module store/sqlite/key-blob
 * A document's keys as one blob of float64 values (exact for safe integers): compact, and read back
 * without parsing.
 */

/** Sorted keys without repeats: the set form every store returns. */
export function keySet(keys: readonly number[]): number[] {
  return [...new Set(keys)].sort((a, b) => a - b);
}

export function encodeKeys(sortedKeys: readonly number[]): Buffer {
  return Buffer.from(Float64Array.from(sortedKeys).buffer);
}

export function decodeKeys(blob: Buffer): number[] {
  // Copy first: the blob's offset inside its buffer need not be 8-byte aligned.
  const copy = new Uint8Array(blob);
  return Array.from(new Float64Array(copy.buffer, 0, copy.byteLength / 8));
}
