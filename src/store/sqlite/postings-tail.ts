/**
 * @module store/sqlite/postings-tail
 * The documents whose postings are not in the postings tables yet: those stored after the row number
 * `postings_through` in meta. Writing a batch's postings was about a seventh of the indexing thread's
 * time, and with the postings mirror (see postings-mirror) an ingest's own lookups no longer read the
 * tables: so a writer may leave them to another connection (a story thread's, when it has time to
 * spare), and a lookup in the tables reads this tail's keys from the documents' key columns instead.
 * The tail stays short: the other connection indexes it after each batch left to it, and a writer
 * that does not defer indexes what is left before its own batch commits.
 */
import type Database from 'better-sqlite3';
import { decodeDoubles } from './key-blob.js';
import type { KeyKind } from './postings-levels.js';

type Sql = (text: string) => Database.Statement;

const THROUGH = 'postings_through';

/** The highest row number whose postings are in the tables (read in the caller's transaction). */
export function postingsThrough(sql: Sql): number {
  // Rows, not pluck(): statements are shared by their text, and other readers of meta take rows.
  return Number((sql('SELECT value FROM meta WHERE key = ?').get(THROUGH) as { value: string } | undefined)?.value ?? 0);
}

/** In the caller's write transaction: the tables hold the postings of every row up to `seq`. */
export function markPostingsThrough(sql: Sql, seq: number): void {
  sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(THROUGH, String(seq));
}

/** A tail row's keys, by kind. */
export interface TailRow {
  readonly seq: number;
  readonly keys: Record<KeyKind, readonly number[]>;
}

/** The rows past `through` (and before `before`), in row order. */
export function* tailRows(sql: Sql, through: number, before = Number.MAX_SAFE_INTEGER): Generator<TailRow> {
  const rows = sql('SELECT seq, bands, passages FROM documents WHERE seq > ? AND seq < ? ORDER BY seq').iterate(through, before) as IterableIterator<{ seq: number; bands: Buffer; passages: Buffer }>;
  for (const r of rows) yield { seq: r.seq, keys: { band: decodeDoubles(r.bands), passage: decodeDoubles(r.passages) } };
}

/** For each of `keys` (by kind) that a tail row holds, those rows' numbers in row order. */
export function tailPostings(rows: Iterable<TailRow>, keys: Record<KeyKind, ReadonlySet<number>>): Record<KeyKind, Map<number, number[]>> {
  const found = { band: new Map<number, number[]>(), passage: new Map<number, number[]>() };
  for (const row of rows) {
    for (const kind of ['band', 'passage'] as const) {
      for (const key of row.keys[kind]) {
        if (!keys[kind].has(key)) continue;
        const seqs = found[kind].get(key);
        if (seqs) seqs.push(row.seq);
        else found[kind].set(key, [row.seq]);
      }
    }
  }
  return found;
}

/** One key's postings: its frequency and the first row numbers holding it. */
export interface RowPostings {
  readonly key: number;
  readonly frequency: number;
  readonly seqs: readonly number[];
}

/**
 * The tables' postings of one kind (cut at `perKey`, emptied past `maxFrequency`) joined with the
 * tail's, under the same bounds: the tail's rows come after every indexed row, so they follow.
 */
export function withTail(indexed: readonly RowPostings[], tail: ReadonlyMap<number, readonly number[]>, bound: { readonly perKey: number; readonly maxFrequency: number }): RowPostings[] {
  const keys = [...new Set([...indexed.map((r) => r.key), ...tail.keys()])].sort((a, b) => a - b);
  const byKey = new Map(indexed.map((r) => [r.key, r]));
  return keys.map((key) => {
    const [stored, more] = [byKey.get(key), tail.get(key) ?? []];
    const frequency = (stored?.frequency ?? 0) + more.length;
    return { key, frequency, seqs: frequency > bound.maxFrequency ? [] : [...(stored?.seqs ?? []), ...more].slice(0, bound.perKey) };
  });
}
