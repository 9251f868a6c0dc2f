/**
 * @module store/sqlite/sqlite-store
 * The embedded Store: one SQLite file through better-sqlite3, in WAL mode so readers (trace, the
 * server) never wait on an ingest, and one transaction per batch so a killed ingest leaves only whole
 * documents behind.
 */
import Database from 'better-sqlite3';
import { NewstraceError } from '../../core/errors.js';
import { FINGERPRINT_SCHEME } from '../../fingerprint/scheme.js';
import { strayEdge } from '../stray-edge.js';
import type { DocumentKeys, DocumentWrite, Edge, EdgeWrite, IndexEntry, KeyPostings, NewDocument, Postings, PostingsQuery, PutOutcome, SearchHit, Store, StoredAnalysis, StoredDocument } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { decodeDoubles, encodeDoubles, keySet } from './key-blob.js';
import type { MirroredDocument } from './key-mirror.js';
import { PostingsMirror, type MirrorMode, type Replacement } from './postings-mirror.js';
import { WriteLock } from './write-lock.js';
import { PostingsBatch } from './postings-batch.js';
import { markPostingsThrough, postingsThrough, tailPostings, tailRows, withTail, type RowPostings, type TailRow } from './postings-tail.js';
import { inList, LEVEL_SHAPE, levelsOf, mergeLevels, type KeyKind, type LevelShape } from './postings-levels.js';
import { migrateSqlite } from './schema.js';
import { SqliteStories } from './stories.js';
import { openMigrated } from '../open-migrated.js';
import { METADATA, toDocument, toEdge, type DocumentRow as BaseDocumentRow, type EdgeRow } from '../rows.js';

type DocumentRow = BaseDocumentRow & { seq: number };


const DOCUMENT_COLUMNS = 'seq, id, path, url, outlet, published, title, language, text, content_hash, ingested_at';

export interface SqliteStoreOptions {
  /** The scheme the keys were made with; defaults to this version's. */
  readonly fingerprintScheme?: string;
  /** The sizes of the postings' levels (see postings-levels); tests make them small so merges happen. */
  readonly levels?: LevelShape;
  /** Whether lookups are answered from a mirror in memory (see postings-mirror): when they are many (default), always, or never. */
  readonly mirror?: MirrorMode;
  /** The write lock of another thread's store of this file (its `writeLock.shared`), to take turns with it. */
  readonly writeLock?: SharedArrayBuffer;
  /** Start with `deferPostings` set. */
  readonly deferPostings?: boolean;
}

function sameDocument(row: DocumentRow, document: NewDocument): boolean {
  return row.content_hash === document.contentHash && METADATA.every((field) => row[field] === document[field]);
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** The id of each document row number read so far (see idsOf). */
  private readonly names = new Map<number, string>();
  /** The postings in each kind's level 0, as far as this store has written them (see mergeLevels). */
  private readonly level0 = new Map<KeyKind, number>();
  private readonly mirror: PostingsMirror;
  /** Taken around every write transaction; share `writeLock.shared` with another thread writing this file. */
  readonly writeLock: WriteLock;
  readonly stories: SqliteStories;
  /**
   * Whether putDocuments leaves its new documents' postings to another connection's indexPostings()
   * (a story thread's, set while that thread is idle: see story-index/story-thread) instead of
   * writing them in its own transaction.
   * Lookups in the tables read such documents from their key columns meanwhile (see postings-tail).
   */
  deferPostings: boolean;

  constructor(readonly file: string, private readonly options: SqliteStoreOptions = {}) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      // Postings and key frequencies are read and written at random keys: with SQLite's default 2 MB
      // page cache every lookup past a few thousand documents went to the OS for its pages.
      this.db.pragma('cache_size = -131072');
      this.db.pragma('mmap_size = 1073741824');
    } catch (cause) {
      throw new NewstraceError('store_failed', `cannot open the SQLite index: ${(cause as Error).message}`, { path: file, cause });
    }
    this.writeLock = new WriteLock(options.writeLock);
    this.deferPostings = options.deferPostings ?? false;
    this.stories = new SqliteStories(this.db, (text) => this.sql(text), (transaction) => this.write(transaction));
    this.mirror = new PostingsMirror(this.db, (text) => this.sql(text), options.mirror ?? 'auto');
  }

  /** Prepared once per store: preparing is a large part of a point query's cost. */
  private sql<P extends unknown[] | {} = unknown[], R = unknown>(text: string): Database.Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  /**
   * Runs one write transaction. Out of space, SQLite rolls the transaction back: nothing of it is
   * stored and earlier ones are intact, so the caller is told that, and that running again goes on.
   */
  private write<T>(transaction: () => T): T {
    try {
      return this.writeLock.hold(transaction, this.file);
    } catch (cause) {
      if ((cause as { code?: string }).code !== 'SQLITE_FULL') throw cause;
      throw new NewstraceError(
        'store_failed',
        'the disk is full (or the index reached its size limit): the last batch was not stored, everything before it is intact; make room and run the same command again to go on',
        { path: this.file, cause },
      );
    }
  }

  async migrate(): Promise<void> {
    this.write(() => migrateSqlite(this.db, this.options.fingerprintScheme ?? FINGERPRINT_SCHEME, this.file));
  }

  async putDocuments(batch: readonly DocumentWrite[]): Promise<PutOutcome[]> {
    const db = this.db;
    const find = this.sql<[string], DocumentRow & { bands: Buffer; passages: Buffer }>(`SELECT ${DOCUMENT_COLUMNS}, bands, passages FROM documents WHERE id = ?`);
    const insert = this.sql(`INSERT INTO documents (id, path, url, outlet, published, title, language, text, content_hash, ingested_at, bands, passages, reuse_group)
      VALUES (@id, @path, @url, @outlet, @published, @title, @language, @text, @contentHash, @ingestedAt, @bands, @passages, @group)`);
    const update = this.sql(`UPDATE documents SET path = @path, url = @url, outlet = @outlet, published = @published, title = @title,
      language = @language, text = @text, content_hash = @contentHash, ingested_at = @ingestedAt, bands = @bands, passages = @passages,
      reuse_group = @group WHERE seq = @seq`);
    const keepAnalysis = this.sql('INSERT OR REPLACE INTO analyses (seq, analysis) VALUES (?, ?)');
    const dropAnalysis = this.sql('DELETE FROM analyses WHERE seq = ?');
    const ftsInsert = this.sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
    const ftsDelete = this.sql(`INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`);
    const sql = (text: string) => this.sql(text);
    // A replaced document's postings leave whichever levels hold them; its frequencies drop in level 0.
    const remove = (kind: KeyKind, doc: number, keys: string) => {
      this.sql(`DELETE FROM ${kind}_postings WHERE level IN ${inList(levelsOf(sql, `${kind}_postings`))} AND key IN (SELECT value FROM json_each(?)) AND doc = ?`).run(keys, doc);
      this.sql(`INSERT INTO ${kind}_frequency (level, key, documents) SELECT 0, value, -1 FROM json_each(?) WHERE true
        ON CONFLICT (level, key) DO UPDATE SET documents = documents + excluded.documents`).run(keys);
    };
    const added = { band: new PostingsBatch(), passage: new PostingsBatch() };
    const replaced: Replacement[] = [];
    // The rows this batch adds, as stored (a row given again later in the batch, as last given): the
    // postings and the mirror take them from here, not by reading back what was just written.
    const fresh = new Map<number, MirroredDocument>();
    let inserted: MirroredDocument[] = [];
    let replacedBefore = 0;
    const written = { band: 0, passage: 0 };
    const writeAdded = () => this.writePostings(added, written);
    const run = db.transaction(() => {
      const through = postingsThrough(sql);
      const outcomes = batch.map(({ document, keys, group, analysis }): PutOutcome => {
        const bands = keySet(keys.bands);
        const passages = keySet(keys.passages);
        const row = { ...document, ingestedAt: new Date().toISOString(), bands: encodeDoubles(bands), passages: encodeDoubles(passages), group: group ?? document.id };
        const old = find.get(document.id);
        if (!old) {
          const seq = Number(insert.run(row).lastInsertRowid);
          if (analysis) keepAnalysis.run(seq, analysis);
          ftsInsert.run(seq, document.title, document.text);
          fresh.set(seq, { seq, id: document.id, keys: { band: bands, passage: passages }, group: row.group, published: document.published });
          return 'inserted';
        }
        if (sameDocument(old, document)) return 'unchanged';
        const before = { band: decodeDoubles(old.bands), passage: decodeDoubles(old.passages) };
        // A row past the mark has no postings in the tables yet; an indexed one moves to its new keys now.
        if (old.seq <= through) {
          // The old keys may be among those added earlier in this batch (one id given twice).
          writeAdded();
          for (const kind of ['band', 'passage'] as const) remove(kind, old.seq, JSON.stringify(before[kind]));
          added.band.add(old.seq, bands);
          added.passage.add(old.seq, passages);
        }
        const after = { seq: old.seq, id: document.id, keys: { band: bands, passage: passages }, group: row.group, published: document.published };
        replaced.push({ before, after });
        if (fresh.has(old.seq)) fresh.set(old.seq, after);
        ftsDelete.run(old.seq, old.title, old.text);
        update.run({ ...row, seq: old.seq });
        if (analysis) keepAnalysis.run(old.seq, analysis);
        else dropAnalysis.run(old.seq);
        ftsInsert.run(old.seq, document.title, document.text);
        return 'updated';
      });
      inserted = [...fresh.values()];
      if (!this.deferPostings) this.addTail(added, through, inserted);
      writeAdded();
      this.mergeLevels(written);
      if (replaced.length > 0) replacedBefore = this.mirror.countReplaced(replaced.length);
      return outcomes;
    });
    const outcomes = this.write(() => run.immediate());
    this.mirror.written(replaced, replacedBefore, inserted);
    return outcomes;
  }

  /**
   * Writes the postings of the documents stored past the mark (see postings-tail) and moves the mark:
   * what a writer that defers its postings leaves to this connection. Returns the documents indexed.
   */
  async indexPostings(): Promise<number> {
    return this.write(() => this.db.transaction(() => {
      const [added, written] = [{ band: new PostingsBatch(), passage: new PostingsBatch() }, { band: 0, passage: 0 }];
      const indexed = this.addTail(added, postingsThrough((text) => this.sql(text)));
      this.writePostings(added, written);
      this.mergeLevels(written);
      return indexed;
    }).immediate());
  }

  /**
   * In a write transaction: the tail's postings added to `added`, and the mark moved past them (the
   * caller writes them). `fresh`, the rows the transaction added (the tail's last, in row order), are
   * taken as given; the rest of the tail is read.
   */
  private addTail(added: Record<KeyKind, PostingsBatch>, through: number, fresh: readonly TailRow[] = []): number {
    const sql = (text: string) => this.sql(text);
    let last = through;
    let rows = 0;
    for (const { seq, keys } of [...tailRows(sql, through, fresh[0]?.seq), ...fresh]) {
      added.band.add(seq, keys.band);
      added.passage.add(seq, keys.passage);
      last = seq;
      rows++;
    }
    if (last > through) markPostingsThrough(sql, last);
    return rows;
  }

  /** In a write transaction: what `added` holds written into level 0 (and counted in `written`). */
  private writePostings(added: Record<KeyKind, PostingsBatch>, written: Record<KeyKind, number>): void {
    for (const kind of ['band', 'passage'] as const) written[kind] += added[kind].write((text) => this.sql(text), kind);
  }

  private mergeLevels(written: Record<KeyKind, number>): void {
    for (const kind of ['band', 'passage'] as const) mergeLevels((text) => this.sql(text), kind, this.options.levels ?? LEVEL_SHAPE, this.level0, written[kind]);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.sql<[string], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id);
    return row ? toDocument(row) : null;
  }

  async getAnalysis(id: string): Promise<StoredAnalysis | null> {
    const row = this.sql<[string], { text: string; language: string; published: string | null; analysis: Buffer | null }>(
      'SELECT d.text, d.language, d.published, a.analysis FROM documents d LEFT JOIN analyses a ON a.seq = d.seq WHERE d.id = ?',
    ).get(id);
    return row ? { text: row.text, language: row.language, published: row.published, analysis: row.analysis } : null;
  }

  async findByContentHash(hashes: readonly string[]): Promise<Map<string, string>> {
    const rows = this.sql<[string], { content_hash: string; id: string }>(
      'SELECT content_hash, min(id) AS id FROM documents WHERE content_hash IN (SELECT value FROM json_each(?)) GROUP BY content_hash',
    ).all(JSON.stringify([...new Set(hashes)]));
    return new Map(rows.map((r) => [r.content_hash, r.id]));
  }

  async contentHashesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = this.sql<[string], { id: string; content_hash: string }>(
      'SELECT id, content_hash FROM documents WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify([...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.content_hash]));
  }

  async getKeys(id: string): Promise<DocumentKeys | null> {
    const row = this.sql<[string], { bands: Buffer; passages: Buffer }>('SELECT bands, passages FROM documents WHERE id = ?').get(id);
    return row ? { bands: decodeDoubles(row.bands), passages: decodeDoubles(row.passages) } : null;
  }

  async keyPostings(keys: DocumentKeys, query: PostingsQuery): Promise<Postings> {
    const named = (ids: ReadonlyMap<number, string>) => ({ key, frequency, seqs }: { key: number; frequency: number; seqs: readonly number[] }): KeyPostings =>
      ({ key, frequency, documents: seqs.map((seq) => ids.get(seq)!) });
    const mirror = this.mirror.current();
    if (mirror) {
      const of = (kind: KeyKind, kindKeys: readonly number[]) => mirror.postings(kind, keySet(kindKeys), query.perKey, query.maxFrequency).map(named(mirror.ids));
      return { bands: of('band', keys.bands), passages: of('passage', keys.passages) };
    }
    const rows = this.storedPostings(keys, query);
    const name = named(this.idsOf([...rows.band, ...rows.passage].flatMap((r) => r.seqs)));
    return { bands: rows.band.map(name), passages: rows.passage.map(name) };
  }

  /** The postings of `keys` read from the postings tables and the tail not in them yet, by kind and key. */
  private storedPostings(keys: DocumentKeys, query: PostingsQuery): Record<KeyKind, RowPostings[]> {
    // Both kinds in one statement: a statement's fixed cost (binding, stepping into the VM, the
    // json_each scan) was most of a lookup's, paid twice per lookup.
    const sql = (text: string) => this.sql(text);
    const frequencies = (kind: KeyKind) => {
      const levels = levelsOf(sql, `${kind}_frequency`);
      const keys = `key IN (SELECT value FROM json_each(@${kind}s))`;
      // In one level (an index of up to some 10,000 documents) the counts are the frequencies: no sum to make.
      return levels.length === 1 ? `SELECT key, documents AS frequency FROM ${kind}_frequency WHERE level = ${levels[0]} AND ${keys} AND documents > 0`
        : `SELECT key, sum(documents) AS frequency FROM ${kind}_frequency WHERE level IN ${inList(levels)} AND ${keys} GROUP BY key HAVING frequency > 0`;
    };
    const of = (kind: KeyKind, tag: number) => `SELECT ${tag} AS kind, f.key AS key, f.frequency AS frequency,
      CASE WHEN f.frequency > @maxFrequency THEN '[]' ELSE (
        SELECT json_group_array(doc) FROM (SELECT doc FROM ${kind}_postings p WHERE p.level IN ${inList(levelsOf(sql, `${kind}_postings`))} AND p.key = f.key ORDER BY doc LIMIT @perKey)) END AS docs
      FROM (${frequencies(kind)}) f`;
    const wanted = { band: keySet(keys.bands), passage: keySet(keys.passages) };
    // One read transaction: the levels listed are the levels read, the tail is the rest.
    const [rows, tail] = this.db.transaction(() => [
      this.sql<[{ bands: string; passages: string; perKey: number; maxFrequency: number }], { kind: number; key: number; frequency: number; docs: string }>(
        `${of('band', 0)} UNION ALL ${of('passage', 1)} ORDER BY kind, key`,
      ).all({ bands: JSON.stringify(wanted.band), passages: JSON.stringify(wanted.passage), perKey: query.perKey, maxFrequency: query.maxFrequency }),
      tailPostings(tailRows(sql, postingsThrough(sql)), { band: new Set(wanted.band), passage: new Set(wanted.passage) }),
    ] as const)();
    const indexed = rows.map((r) => ({ key: r.key, frequency: r.frequency, seqs: JSON.parse(r.docs) as number[] }));
    return {
      band: withTail(indexed.filter((_, i) => rows[i]!.kind === 0), tail.band, query),
      passage: withTail(indexed.filter((_, i) => rows[i]!.kind === 1), tail.passage, query),
    };
  }

  /**
   * Postings hold row numbers; the ids of those not named before are read in one query. A row number
   * names one document for good (a replaced document keeps its row, none is deleted), so the names
   * are kept: the same few thousand candidates come back lookup after lookup.
   */
  private idsOf(seqs: readonly number[]): ReadonlyMap<number, string> {
    const missing = [...new Set(seqs.filter((seq) => !this.names.has(seq)))];
    if (missing.length > 0) {
      for (const r of this.sql<[string], { seq: number; id: string }>('SELECT seq, id FROM documents WHERE seq IN (SELECT value FROM json_each(?))').all(JSON.stringify(missing))) {
        this.names.set(r.seq, r.id);
      }
    }
    return this.names;
  }

  async indexEntries(ids: readonly string[]): Promise<Map<string, IndexEntry>> {
    const mirror = this.mirror.current();
    if (mirror) return new Map(ids.flatMap((id) => { const entry = mirror.entry(id); return entry ? [[id, entry] as const] : []; }));
    const rows = this.sql<[string], { id: string; bands: Buffer; passages: Buffer; reuse_group: string | null; published: string | null }>(
      'SELECT id, bands, passages, reuse_group, published FROM documents WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify([...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, { keys: { bands: decodeDoubles(r.bands), passages: decodeDoubles(r.passages) }, group: r.reuse_group ?? r.id, published: r.published }]));
  }

  async listDocuments(options: { after?: string; limit: number }): Promise<StoredDocument[]> {
    const rows = this.sql<[{ after: string | null; limit: number }], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE @after IS NULL OR id > @after ORDER BY id LIMIT @limit`,
    ).all({ after: options.after ?? null, limit: options.limit });
    return rows.map(toDocument);
  }

  async countDocuments(): Promise<number> {
    return this.sql<[], { n: number }>('SELECT count(*) AS n FROM documents').get()!.n;
  }

  async putEdges(writes: readonly EdgeWrite[]): Promise<void> {
    strayEdge(writes);
    const clear = this.sql('DELETE FROM edges WHERE src = @id OR dst = @id');
    this.write(() => this.db.transaction(() => {
      for (const { id, edges } of writes) {
        clear.run({ id });
        this.upsertEdges(edges);
      }
    }).immediate());
  }

  async addEdges(edges: readonly Edge[]): Promise<void> {
    this.write(() => this.db.transaction(() => this.upsertEdges(edges)).immediate());
  }

  /** Writes each edge over any earlier edge of its pair, in the caller's transaction. */
  private upsertEdges(edges: readonly Edge[]): void {
    const clearPair = this.sql('DELETE FROM edges WHERE src = ? AND dst = ?');
    const insert = this.sql(`INSERT OR REPLACE INTO edges (src, dst, relation, score, source_coverage, derivative_coverage, directed, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const e of edges) {
      clearPair.run(e.to, e.from);
      insert.run(e.from, e.to, e.relation, e.score, e.sourceCoverage, e.derivativeCoverage, e.directed ? 1 : 0, e.evidence);
    }
  }

  async edgesOf(id: string, limit?: number): Promise<Edge[]> {
    return this.sql<[{ id: string; limit: number }], EdgeRow>('SELECT * FROM edges WHERE src = @id OR dst = @id ORDER BY score DESC, src, dst LIMIT @limit')
      .all({ id, limit: limit ?? -1 }).map(toEdge);
  }

  async edgesBetween(near: readonly string[], among: readonly string[]): Promise<Edge[]> {
    const side = (end: string, other: string) => `SELECT * FROM edges WHERE ${end} IN (SELECT value FROM json_each(@near)) AND ${other} IN (SELECT value FROM json_each(@among))`;
    return this.sql<[{ near: string; among: string }], EdgeRow>(`${side('src', 'dst')} UNION ${side('dst', 'src')} ORDER BY src, dst`)
      .all({ near: JSON.stringify([...new Set(near)]), among: JSON.stringify([...new Set(among)]) }).map(toEdge);
  }

  async allEdges(): Promise<Edge[]> {
    return this.sql<[], EdgeRow>('SELECT * FROM edges ORDER BY src, dst').all().map(toEdge);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    return this.sql<[string, number], SearchHit>(`
      SELECT d.id AS id, d.title AS title, snippet(documents_fts, -1, '', '', '…', 16) AS snippet, -bm25(documents_fts, 4.0, 1.0) AS score
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 4.0, 1.0), d.id LIMIT ?`,
    ).all(match, limit);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating when absent) a SQLite index file and brings its schema up to date. */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  return openMigrated(new SqliteStore(file, options));
}
