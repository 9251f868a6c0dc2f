/**
 * @module store/sqlite/postings-levels
 * Postings and key frequencies kept in levels, as a log-structured merge: a batch writes into level
 * 0, and a level grown past its size is merged into the next, `fanout` times larger. Keys are hashes,
 * so one key-ordered table took a batch's inserts at random places all over it: once it had fewer
 * leaf pages than the batch had keys, every commit rewrote nearly every page, and the bytes written
 * per document grew with the index (20,000 unrelated documents: 92 -> 754 KiB per document from the
 * first window to the last, 8.8 GB in all for a 375 MB file). Level 0 stays small, and a merge
 * inserts in key order into its target, so each page is written once per merge, and a posting is
 * merged once per level.
 *
 * A level is the leading column of each table's primary key: a lookup reads each level's range of
 * its key (a frequency is the sum of its levels' counts, which may be negative: a replaced
 * document's removal is a -1 in level 0).
 */
import type Database from 'better-sqlite3';

export type KeyKind = 'band' | 'passage';

/** Rows level 0 may hold before it is merged, and how much larger each next level may grow. */
export interface LevelShape {
  readonly first: number;
  readonly fanout: number;
}

// Each level read is one more probe per key (a lookup of a stored document's keys in two levels took
// 0.60-0.63 ms against 0.35-0.43 in one): level 0 holds the first 5,000 or so documents of 100 keys, so a
// small index is one table as before, and a batch's writes stay what they were at that size; a wide
// fanout keeps the levels few (two up to some 160,000 documents).
export const LEVEL_SHAPE: LevelShape = { first: 1 << 19, fanout: 32 };

const capacity = (level: number, shape: LevelShape) => shape.first * shape.fanout ** level;

/** The lowest level that may hold `rows` rows. */
export function levelFor(rows: number, shape: LevelShape): number {
  let level = 0;
  while (rows > capacity(level, shape)) level++;
  return level;
}

/**
 * The levels `table` holds rows in, found by one index probe each, as a list for `level IN ...`.
 * Read in the transaction of the statement it goes into, so that a lookup never sees a merge half done.
 */
export function levelsOf(sql: (text: string) => Database.Statement, table: string): number[] {
  const next = sql(`SELECT min(level) FROM ${table} WHERE level > ?`).pluck();
  const levels: number[] = [];
  for (let level = next.get(-1) as number | null; level !== null; level = next.get(level) as number | null) levels.push(level);
  return levels;
}

export const inList = (levels: readonly number[]) => `(${levels.join(', ')})`;

/** How one level's rows join the next level's: the two tables' merge statements (`@from`, `@to`). */
const MERGE = {
  postings: (table: string) => `INSERT OR IGNORE INTO ${table} (level, key, doc) SELECT @to, key, doc FROM ${table} WHERE level = @from ORDER BY key, doc`,
  frequency: (table: string) => `INSERT INTO ${table} (level, key, documents) SELECT @to, key, documents FROM ${table} WHERE level = @from ORDER BY key
    ON CONFLICT (level, key) DO UPDATE SET documents = documents + excluded.documents`,
};

/**
 * Merges each level of `kind` that outgrew its size into the next, in the caller's transaction.
 * Level 0's postings are counted once per store and then followed as batches add `added` to them
 * (`level0`; another writer's rows only make a merge come later): counting a full level 0 after
 * every batch cost more than writing it. A kind's frequencies leave level 0 with its postings.
 */
export function mergeLevels(sql: (text: string) => Database.Statement, kind: KeyKind, shape: LevelShape, level0: Map<KeyKind, number>, added: number): void {
  const count = (table: string, level: number) => sql(`SELECT count(*) FROM ${table} WHERE level = ?`).pluck().get(level) as number;
  const rows = level0.has(kind) ? level0.get(kind)! + added : count(`${kind}_postings`, 0);
  level0.set(kind, rows);
  if (rows <= capacity(0, shape)) return;
  for (const [part, merge] of Object.entries(MERGE)) {
    const table = `${kind}_${part}`;
    const insert = sql(merge(table));
    const clear = sql(`DELETE FROM ${table} WHERE level = ?`);
    for (let level = 0; level === 0 || count(table, level) > capacity(level, shape); level++) {
      insert.run({ from: level, to: level + 1 });
      clear.run(level);
    }
  }
  level0.set(kind, 0);
}
