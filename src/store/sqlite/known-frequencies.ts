/**
 * @module store/sqlite/known-frequencies
 * The story frequencies one SQLite connection has read or written, kept while the count of documents
 * they cover (which every write of them moves) is the one it last saw: the story thread asks each
 * batch's keys, most of them asked before, and between its own writes nothing changes them. Another
 * connection's write moves the count, and they are all read again.
 */

/** Keys kept at most: some 100 MB. */
const LIMIT = 1_000_000;

export class KnownFrequencies {
  private documents = -1;
  /** 0: no row. */
  private df = new Map<string, number>();

  /** The frequencies of `keys` (none for a key without a row) under `documents`; `read` gives those not known. */
  get(documents: number, keys: readonly string[], read: (missing: readonly string[]) => readonly { key: string; df: number }[]): Map<string, number> {
    if (this.documents !== documents || this.df.size > LIMIT) [this.documents, this.df] = [documents, new Map()];
    const missing = [...new Set(keys)].filter((key) => !this.df.has(key));
    if (missing.length > 0) {
      for (const key of missing) this.df.set(key, 0);
      for (const r of read(missing)) this.df.set(r.key, r.df);
    }
    const found = new Map<string, number>();
    for (const key of keys) {
      const n = this.df.get(key)!;
      if (n > 0) found.set(key, n);
    }
    return found;
  }

  /** After this connection's write moved the count from `before` to `after`, adding `added`: kept if made on them, else dropped. */
  written(before: number, after: number, added: Readonly<Record<string, number>>): void {
    if (this.documents !== before) {
      [this.documents, this.df] = [-1, new Map()];
      return;
    }
    this.documents = after;
    for (const key in added) {
      const n = this.df.get(key);
      if (n !== undefined) this.df.set(key, n + added[key]!);
    }
  }
}
