/**
 * @module store/sqlite/key-blob
 * Numbers as one blob of float64 values (exact for safe integers): a document's keys, a story
 * model's weights. Compact, and read back without parsing.
 */

/** Sorted keys without repeats: the set form every store returns. */
export function keySet(keys: readonly number[]): number[] {
  return [...new Set(keys)].sort((a, b) => a - b);
}

export function encodeDoubles(values: readonly number[]): Buffer {
  return Buffer.from(Float64Array.from(values).buffer);
}

export function decodeDoubles(blob: Uint8Array): number[] {
  const n = blob.byteLength >>> 3;
  // A blob's offset inside its buffer need not be 8-byte aligned: then it is copied first.
  const values = blob.byteOffset % 8 === 0 ? new Float64Array(blob.buffer, blob.byteOffset, n) : new Float64Array(new Uint8Array(blob).buffer, 0, n);
  // A view and a plain loop: copying first and Array.from took 5-15 times as long per blob, and
  // decoding was most of reading a candidate's index entry.
  const numbers = new Array<number>(n);
  for (let i = 0; i < n; i++) numbers[i] = values[i]!;
  return numbers;
}
