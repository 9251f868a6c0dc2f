/**
 * @module store/sqlite/postings-mirror
 * When a SQLite store answers lookups from a KeyMirror, and how the mirror follows the file. It is
 * built once the lookups asked are many enough to pay for it (an ingest, a server; not one `trace
 * --file`), from the documents' key columns. This store's own commits are applied as they are made;
 * another connection's commit changes the file's data_version, and then the rows stored since are
 * read. A replacement by another connection cannot be followed (its old keys are gone), so a
 * counter of replacements in `meta` tells the mirror to build itself again.
 */
import type Database from 'better-sqlite3';
import { decodeDoubles } from './key-blob.js';
import { KeyMirror, type MirroredDocument } from './key-mirror.js';
import type { KeyKind } from './postings-levels.js';

type Sql = <P extends unknown[] | {} = unknown[], R = unknown>(text: string) => Database.Statement<P, R>;

/** When lookups use the mirror: once they are many (the default), always, or never. */
export type MirrorMode = 'auto' | 'always' | 'never';

/** A document this store replaced: its keys before, and the document as now stored. */
export interface Replacement {
  readonly before: Record<KeyKind, readonly number[]>;
  readonly after: MirroredDocument;
}

/** Lookups before the first check whether to mirror the postings; checks follow at twice as many each time. */
const FIRST_CHECK = 16;
/**
 * Mirrored once the lookups asked reach this share of the stored documents: building reads every
 * document's keys once, about as much work as this share of SQLite lookups (measured at 8,000
 * documents: ~0.5 ms a lookup, ~15 µs a document to mirror).
 */
const SHARE = 1 / 32;
const REPLACED = 'documents_replaced';

export class PostingsMirror {
  private mirror: { readonly keys: KeyMirror; dataVersion: number; replaced: number } | null = null;
  private readonly lookups = { asked: 0, nextCheck: FIRST_CHECK };

  constructor(private readonly db: Database.Database, private readonly sql: Sql, private readonly mode: MirrorMode) {}

  /** The mirror up to date with the file, when lookups should use it; else null (look up in SQLite). */
  current(): KeyMirror | null {
    return this.mode === 'never' ? null : (this.synced() ?? this.started());
  }

  /** The mirror, brought up to date with the file, if there is one. */
  private synced(): KeyMirror | null {
    const current = this.mirror;
    if (!current) return null;
    const version = this.dataVersion();
    if (version === current.dataVersion) return current.keys;
    if (this.replacedCount() !== current.replaced) return this.build();
    current.dataVersion = version;
    this.readNewRows(current.keys);
    return current.keys;
  }

  /** A new mirror, if the lookups asked so far pay for one. */
  private started(): KeyMirror | null {
    if (this.mode === 'always') return this.build();
    if (++this.lookups.asked < this.lookups.nextCheck) return null;
    this.lookups.nextCheck *= 2;
    const stored = this.sql<[], number | null>('SELECT max(seq) FROM documents').pluck().get() ?? 0;
    return this.lookups.asked >= SHARE * stored ? this.build() : null;
  }

  /** In the replacing transaction: counts `n` more replacements in the file; returns the count before. */
  countReplaced(n: number): number {
    const before = this.replacedCount();
    this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(REPLACED, String(before + n));
    return before;
  }

  /**
   * After this store's own commit (which leaves the file's data_version as this connection sees it):
   * its replacements of mirrored rows applied, in order, unless another connection replaced documents
   * since the mirror last looked (then it is built again when next asked), and the new rows added:
   * `fresh`, the rows the commit added as stored (a document stored and given again in one batch is a
   * new row in its last version), when they follow the mirror's last row; else every row since is read.
   */
  written(replaced: readonly Replacement[], replacedBefore: number, fresh: readonly MirroredDocument[] = []): void {
    const mirror = this.mirror;
    if (!mirror) return;
    if (replaced.length > 0) {
      if (replacedBefore !== mirror.replaced) {
        this.mirror = null;
        return;
      }
      const mirrored = mirror.keys.maxSeq;
      for (const { before, after } of replaced) if (after.seq <= mirrored) mirror.keys.replace(before, after);
      mirror.replaced = replacedBefore + replaced.length;
    }
    // Row numbers are the highest stored plus one: a first fresh row right after the mirror's last
    // means no other connection's rows lie between.
    if (fresh.length > 0 && fresh[0]!.seq === mirror.keys.maxSeq + 1) for (const doc of fresh) mirror.keys.add(doc);
    else this.readNewRows(mirror.keys);
  }

  private build(): KeyMirror {
    // One read transaction: the version and count read are those of the rows mirrored.
    return this.db.transaction(() => {
      const keys = new KeyMirror();
      this.mirror = { keys, dataVersion: this.dataVersion(), replaced: this.replacedCount() };
      this.readNewRows(keys);
      return keys;
    })();
  }

  /** Adds the rows stored since the mirror's highest row number (documents are never deleted). */
  private readNewRows(mirror: KeyMirror): void {
    const rows = this.sql<[number], { seq: number; id: string; bands: Buffer; passages: Buffer; reuse_group: string | null; published: string | null }>(
      'SELECT seq, id, bands, passages, reuse_group, published FROM documents WHERE seq > ? ORDER BY seq',
    );
    for (const r of rows.iterate(mirror.maxSeq)) {
      mirror.add({ seq: r.seq, id: r.id, keys: { band: decodeDoubles(r.bands), passage: decodeDoubles(r.passages) }, group: r.reuse_group ?? r.id, published: r.published });
    }
  }

  private replacedCount(): number {
    // Rows, not pluck(): statements are shared by their text, and the story store reads meta so too.
    return Number(this.sql<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(REPLACED)?.value ?? 0);
  }

  private dataVersion(): number {
    // A prepared statement: db.pragma() prepares its statement on every call.
    return this.sql<[], number>('PRAGMA data_version').pluck().get()!;
  }
}
