/**
 * @module store/sqlite/key-mirror
 * The postings of every stored document's keys, and each one's keys, reuse group and date, held in memory for a store that is asked many
 * lookups (an ingest, a server). A SQLite lookup of a document's hundred-odd keys cost about 0.6 ms
 * at 20,000 documents and grew with the index; here it costs a hash probe per key. The mirror is
 * derived from the documents' own key columns, answers exactly as the postings tables would, and is
 * kept up to date with the file (see postings-mirror); the postings tables stay the index a
 * cold lookup reads.
 *
 * Keys are spread over several maps: one JavaScript Map holds at most 2^24 entries, which the
 * passage keys of a few hundred thousand documents would pass.
 */
import type { IndexEntry } from '../store.js';
import type { KeyKind } from './postings-levels.js';

const SHARDS = 16;

/** Row numbers holding each key, ascending; a key held by one document keeps a bare number. */
class Postings {
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<number, number | number[]>());

  private shard(key: number): Map<number, number | number[]> {
    return this.shards[Math.abs(key % SHARDS)]!;
  }

  add(key: number, seq: number): void {
    const shard = this.shard(key);
    const held = shard.get(key);
    if (held === undefined) shard.set(key, seq);
    else if (typeof held === 'number') shard.set(key, held < seq ? [held, seq] : [seq, held]);
    else if (held[held.length - 1]! < seq) held.push(seq);
    else held.splice(lowerBound(held, seq), 0, seq);
  }

  remove(key: number, seq: number): void {
    const shard = this.shard(key);
    const held = shard.get(key);
    if (held === seq) shard.delete(key);
    else if (Array.isArray(held)) {
      const at = lowerBound(held, seq);
      if (held[at] === seq) held.splice(at, 1);
      if (held.length === 1) shard.set(key, held[0]!);
    }
  }

  get(key: number): number | readonly number[] | undefined {
    return this.shard(key).get(key);
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One key's answer: how many documents hold it, and the first of their row numbers. */
export interface MirroredPostings {
  readonly key: number;
  readonly frequency: number;
  readonly seqs: readonly number[];
}

/** A stored document as the mirror keeps it: its row number, keys (as sets), reuse group and date. */
export interface MirroredDocument {
  readonly seq: number;
  readonly id: string;
  readonly keys: Record<KeyKind, readonly number[]>;
  readonly group: string;
  readonly published: string | null;
}

export class KeyMirror {
  private readonly kinds: Record<KeyKind, Postings> = { band: new Postings(), passage: new Postings() };
  private readonly documents = new Map<string, MirroredDocument>();
  /** The id of each row number (a row names one document for good: a replacement keeps it). */
  readonly ids = new Map<number, string>();
  /** The highest row number mirrored: rows above it are documents stored since. */
  maxSeq = 0;

  add(doc: MirroredDocument): void {
    for (const kind of ['band', 'passage'] as const) for (const key of doc.keys[kind]) this.kinds[kind].add(key, doc.seq);
    this.documents.set(doc.id, doc);
    this.ids.set(doc.seq, doc.id);
    this.maxSeq = Math.max(this.maxSeq, doc.seq);
  }

  /** `doc` in place of the document of its id and row, whose keys were `before`. */
  replace(before: Record<KeyKind, readonly number[]>, doc: MirroredDocument): void {
    for (const kind of ['band', 'passage'] as const) for (const key of before[kind]) this.kinds[kind].remove(key, doc.seq);
    this.add(doc);
  }

  /** The stored document `id` as the candidate stage reads it, if stored. */
  entry(id: string): IndexEntry | undefined {
    const doc = this.documents.get(id);
    return doc && { keys: { bands: doc.keys.band, passages: doc.keys.passage }, group: doc.group, published: doc.published };
  }

  /**
   * Each of `keys` (ascending, distinct) that a document holds: its frequency and its first `perKey`
   * row numbers, none when the frequency is above `maxFrequency`.
   */
  postings(kind: KeyKind, keys: readonly number[], perKey: number, maxFrequency: number): MirroredPostings[] {
    const out: MirroredPostings[] = [];
    for (const key of keys) {
      const held = this.kinds[kind].get(key);
      if (held === undefined) continue;
      const all = typeof held === 'number' ? [held] : held;
      out.push({ key, frequency: all.length, seqs: all.length > maxFrequency ? [] : all.slice(0, perKey) });
    }
    return out;
  }
}
