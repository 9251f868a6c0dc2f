/**
 * @module store/sqlite/sqlite-store
 * The embedded Store: one SQLite file through better-sqlite3, in WAL mode so readers (trace, the
 * server) never wait on an ingest, and one transaction per batch so a killed ingest leaves only whole
 * documents behind.
 */
import Database from 'better-sqlite3';
import { NewstraceError } from '../../core/errors.js';
import { FINGERPRINT_SCHEME } from '../../fingerprint/scheme.js';
import type { Candidate, DocumentKeys, Edge, NewDocument, PutOutcome, SearchHit, Store, StoredDocument } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { decodeKeys, encodeKeys, keySet } from './key-blob.js';
import { migrateSqlite } from './schema.js';
import { SqliteStories } from './stories.js';
import { openMigrated } from '../open-migrated.js';
import { METADATA, toDocument, toEdge, type DocumentRow as BaseDocumentRow, type EdgeRow } from '../rows.js';

type DocumentRow = BaseDocumentRow & { seq: number };

const DOCUMENT_COLUMNS = 'seq, id, path, url, outlet, published, title, language, text, content_hash, ingested_at';

export interface SqliteStoreOptions {
  /** The scheme the keys were made with; defaults to this version's. */
  readonly fingerprintScheme?: string;
}

function sameDocument(row: DocumentRow, document: NewDocument): boolean {
  return row.content_hash === document.contentHash && METADATA.every((field) => row[field] === document[field]);
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  readonly stories: SqliteStories;

  constructor(readonly file: string, private readonly options: SqliteStoreOptions = {}) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
    } catch (cause) {
      throw new NewstraceError('store_failed', `cannot open the SQLite index: ${(cause as Error).message}`, { path: file, cause });
    }
    this.stories = new SqliteStories(this.db, (text) => this.sql(text));
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

  async migrate(): Promise<void> {
    migrateSqlite(this.db, this.options.fingerprintScheme ?? FINGERPRINT_SCHEME, this.file);
  }

  async putDocuments(batch: readonly { document: NewDocument; keys: DocumentKeys }[]): Promise<PutOutcome[]> {
    const db = this.db;
    const find = this.sql<[string], DocumentRow & { bands: Buffer; passages: Buffer }>(`SELECT ${DOCUMENT_COLUMNS}, bands, passages FROM documents WHERE id = ?`);
    const insert = this.sql(`INSERT INTO documents (id, path, url, outlet, published, title, language, text, content_hash, ingested_at, bands, passages)
      VALUES (@id, @path, @url, @outlet, @published, @title, @language, @text, @contentHash, @ingestedAt, @bands, @passages)`);
    const update = this.sql(`UPDATE documents SET path = @path, url = @url, outlet = @outlet, published = @published, title = @title,
      language = @language, text = @text, content_hash = @contentHash, ingested_at = @ingestedAt, bands = @bands, passages = @passages WHERE seq = @seq`);
    const ftsInsert = this.sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
    const ftsDelete = this.sql(`INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`);
    const postings = {
      bands: {
        add: this.sql('INSERT OR IGNORE INTO band_postings (key, doc) SELECT value, ? FROM json_each(?)'),
        remove: this.sql('DELETE FROM band_postings WHERE doc = ? AND key IN (SELECT value FROM json_each(?))'),
      },
      passages: {
        add: this.sql('INSERT OR IGNORE INTO passage_postings (key, doc) SELECT value, ? FROM json_each(?)'),
        remove: this.sql('DELETE FROM passage_postings WHERE doc = ? AND key IN (SELECT value FROM json_each(?))'),
      },
    };
    const run = db.transaction(() => batch.map(({ document, keys }): PutOutcome => {
      const bands = keySet(keys.bands);
      const passages = keySet(keys.passages);
      const row = { ...document, ingestedAt: new Date().toISOString(), bands: encodeKeys(bands), passages: encodeKeys(passages) };
      const old = find.get(document.id);
      let seq: number;
      if (old) {
        if (sameDocument(old, document)) return 'unchanged';
        postings.bands.remove.run(old.seq, JSON.stringify(decodeKeys(old.bands)));
        postings.passages.remove.run(old.seq, JSON.stringify(decodeKeys(old.passages)));
        ftsDelete.run(old.seq, old.title, old.text);
        update.run({ ...row, seq: old.seq });
        seq = old.seq;
      } else {
        seq = Number(insert.run(row).lastInsertRowid);
      }
      postings.bands.add.run(seq, JSON.stringify(bands));
      postings.passages.add.run(seq, JSON.stringify(passages));
      ftsInsert.run(seq, document.title, document.text);
      return old ? 'updated' : 'inserted';
    }));
    return run.immediate();
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.sql<[string], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id);
    return row ? toDocument(row) : null;
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
    return row ? { bands: decodeKeys(row.bands), passages: decodeKeys(row.passages) } : null;
  }

  async findCandidates(keys: DocumentKeys, options: { limit: number; excludeId?: string }): Promise<Candidate[]> {
    if (keys.bands.length === 0 && keys.passages.length === 0) return [];
    // Postings hold row numbers; only the groups that can reach the top `limit` (ties included, one
    // spare for the excluded document) are joined to their documents: joining every group cost more
    // than reading the postings once the index held ~100k documents.
    const rows = this.sql<[{ bands: string; passages: string; exclude: string | null; limit: number }], { id: string; bands: number; passages: number; passage_keys: number }>(`
      WITH shared AS MATERIALIZED (
        SELECT doc, sum(b) AS bands, sum(p) AS passages, sum(b) + sum(p) AS total FROM (
          SELECT doc, 1 AS b, 0 AS p FROM band_postings WHERE key IN (SELECT value FROM json_each(@bands))
          UNION ALL
          SELECT doc, 0 AS b, 1 AS p FROM passage_postings WHERE key IN (SELECT value FROM json_each(@passages))
        ) GROUP BY doc
      )
      SELECT d.id AS id, shared.bands AS bands, shared.passages AS passages, length(d.passages) / 8 AS passage_keys
      FROM shared JOIN documents d ON d.seq = shared.doc
      WHERE shared.total >= coalesce((SELECT total FROM shared ORDER BY total DESC LIMIT 1 OFFSET @limit), 0)
        AND (@exclude IS NULL OR d.id <> @exclude)
      ORDER BY shared.total DESC, d.id LIMIT @limit`,
    ).all({ bands: JSON.stringify(keySet(keys.bands)), passages: JSON.stringify(keySet(keys.passages)), exclude: options.excludeId ?? null, limit: options.limit });
    return rows.map((r) => ({ id: r.id, sharedBands: r.bands, sharedPassages: r.passages, passageKeys: r.passage_keys }));
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

  async putEdges(id: string, edges: readonly Edge[]): Promise<void> {
    const stray = edges.find((e) => e.from !== id && e.to !== id);
    if (stray) throw new NewstraceError('store_failed', `edge ${stray.from} -> ${stray.to} does not touch document ${id}`);
    const clear = this.sql('DELETE FROM edges WHERE src = @id OR dst = @id');
    this.db.transaction(() => {
      clear.run({ id });
      this.upsertEdges(edges);
    }).immediate();
  }

  async addEdges(edges: readonly Edge[]): Promise<void> {
    this.db.transaction(() => this.upsertEdges(edges)).immediate();
  }

  /** Writes each edge over any earlier edge of its pair, in the caller's transaction. */
  private upsertEdges(edges: readonly Edge[]): void {
    const clearPair = this.sql('DELETE FROM edges WHERE src = ? AND dst = ?');
    const insert = this.sql(`INSERT OR REPLACE INTO edges (src, dst, relation, score, source_coverage, derivative_coverage, directed)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const e of edges) {
      clearPair.run(e.to, e.from);
      insert.run(e.from, e.to, e.relation, e.score, e.sourceCoverage, e.derivativeCoverage, e.directed ? 1 : 0);
    }
  }

  async edgesOf(id: string): Promise<Edge[]> {
    return this.sql<[{ id: string }], EdgeRow>('SELECT * FROM edges WHERE src = @id OR dst = @id ORDER BY score DESC, src, dst').all({ id }).map(toEdge);
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
