/**
 * @module store/sqlite/key-blob
 * Numbers as one blob of float64 values (exact for safe integers): a document's keys, a story
 * model's weights. Compact, and read back without parsing.
 */

/**
 * Sorted keys without repeats: the set form every store returns. Keys are doubles beyond the small
 * integers, so an array spread from a Set holds each one boxed, and code reading such arrays beside
 * arrays of plain doubles (decodeDoubles') boxed the plain ones as it read them: made from a typed
 * array, every key array holds unboxed doubles.
 */
export function keySet(keys: readonly number[]): number[] {
  return Array.from(Float64Array.from(new Set(keys)).sort());
}

export function encodeDoubles(values: readonly number[]): Buffer {
  return Buffer.from(Float64Array.from(values).buffer);
}

export function decodeDoubles(blob: Uint8Array): number[] {
  const n = blob.byteLength >>> 3;
  // A blob's offset inside its buffer need not be 8-byte aligned: then it is copied first.
  const values = blob.byteOffset % 8 === 0 ? new Float64Array(blob.buffer, blob.byteOffset, n) : new Float64Array(new Uint8Array(blob).buffer, 0, n);
  // A view and a plain loop: copying first and Array.from took 5-15 times as long per blob, and
  // decoding was most of reading a candidate's index entry. Pushed, not preallocated: a packed array
  // of doubles, as keySet's (see there).
  const numbers: number[] = [];
  for (let i = 0; i < n; i++) numbers.push(values[i]!);
  return numbers;
}
