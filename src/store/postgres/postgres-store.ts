/**
 * @module store/postgres/postgres-store
 * The scale-out Store on PostgreSQL through a `pg` pool. Queries are parameterised and set-based;
 * each touches only the rows (and, on Citus, the shards) of the ids or keys it is given, except the
 * whole-index listings (see docs/scale.md).
 */
import { openMigrated } from '../open-migrated.js';
import { redactTarget } from '../redact-target.js';
import { strayEdge } from '../stray-edge.js';
import pg from 'pg';
import { NewstraceError } from '../../core/errors.js';
import { FINGERPRINT_SCHEME } from '../../fingerprint/scheme.js';
import type { DocumentKeys, DocumentWrite, Edge, EdgeWrite, IndexEntry, KeyPostings, Postings, PostingsQuery, PutOutcome, SearchHit, Store, StoredAnalysis, StoredDocument } from '../store.js';
import { keySet } from '../sqlite/key-blob.js';
import { TS_CONFIGS, runMigrations } from './migrations.js';
import { putDocumentBatch } from './put-documents.js';
import { DOCUMENT_COLUMNS, EDGE_COLUMNS, queryWords, toDocument, toEdge, toKeys, TYPE_PARSERS, type DocumentRow, type EdgeRow } from './rows.js';
import { putEdgeRows, upsertEdgeRows } from './put-edges.js';
import { PostgresStories } from './stories.js';

export interface PostgresStoreOptions {
  /** The scheme the keys were made with; defaults to this version's. */
  readonly fingerprintScheme?: string;
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
}

/** The URL without its password, for messages. */

const SEARCH_CONFIGS = ['simple', ...new Set(Object.values(TS_CONFIGS))];
/** One query per configuration, OR-ed: a document matches when all words match in one of them. */
const SEARCH_QUERY = SEARCH_CONFIGS.map((c) => `plainto_tsquery('${c}', $1)`).join(' || ');

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly label: string;
  private readonly pool: pg.Pool;
  private closed = false;
  private documentsWritten = 0;
  readonly stories = new PostgresStories((what, sql, params) => this.rows(what, sql, params), (what, body) => this.transaction(what, body), (what, body) => this.run(what, body));

  constructor(readonly url: string, private readonly options: PostgresStoreOptions = {}) {
    this.label = redactTarget(url);
    this.pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types: TYPE_PARSERS });
    // An idle connection dropped by the server must not crash the process; the next query reports it.
    this.pool.on('error', () => undefined);
  }

  private async run<T>(what: string, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw new NewstraceError('store_failed', `cannot connect to PostgreSQL: ${(cause as Error).message}`, { path: this.label, cause });
    }
    try {
      return await body(client);
    } catch (cause) {
      if (cause instanceof NewstraceError) throw cause;
      throw new NewstraceError('store_failed', `${what} failed: ${(cause as Error).message}`, { path: this.label, cause });
    } finally {
      client.release();
    }
  }

  private async rows<R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[]): Promise<R[]> {
    return this.run(what, async (client) => (await client.query<R>(sql, params)).rows);
  }

  private async transaction<T>(what: string, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.run(what, async (client) => {
      await client.query('BEGIN');
      try {
        const result = await body(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async migrate(): Promise<void> {
    await this.applyMigrations();
  }

  /** Applies the missing migrations; returns the versions it applied. */
  async applyMigrations(): Promise<number[]> {
    return this.run('migration', (client) => runMigrations(client, this.options.fingerprintScheme ?? FINGERPRINT_SCHEME, this.label));
  }

  async putDocuments(batch: readonly DocumentWrite[]): Promise<PutOutcome[]> {
    if (batch.length === 0) return [];
    const outcomes = await this.transaction('storing documents', (client) => putDocumentBatch(client, batch));
    await this.refreshStatistics(batch.length);
    return outcomes;
  }

  /**
   * A bulk load into empty tables outruns autovacuum's first ANALYZE, and without statistics the
   * planner reads `key = ANY(…)` as a large share of the postings and scans them whole. So the
   * store analyses the index tables itself each time its own writes double (from 64 documents on).
   */
  private async refreshStatistics(written: number): Promise<void> {
    const before = this.documentsWritten;
    this.documentsWritten += written;
    if (Math.floor(Math.log2(this.documentsWritten)) === Math.floor(Math.log2(Math.max(1, before))) || this.documentsWritten < 64) return;
    await this.analyze();
  }

  /** Refreshes the planner's statistics of the index tables (after a bulk load, for instance). */
  async analyze(): Promise<void> {
    await this.run('analysing the index', (client) => client.query('ANALYZE documents, band_postings, passage_postings, band_frequency, passage_frequency, edges'));
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const [row] = await this.rows<DocumentRow>('reading a document', `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
    return row ? toDocument(row) : null;
  }

  async getAnalysis(id: string): Promise<StoredAnalysis | null> {
    const [row] = await this.rows<{ text: string; language: string; published: string | null; analysis: Buffer | null }>('reading an analysis',
      'SELECT d.text, d.language, d.published, a.analysis FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id WHERE d.id = $1', [id]);
    return row ? { text: row.text, language: row.language, published: row.published, analysis: row.analysis } : null;
  }

  async findByContentHash(hashes: readonly string[]): Promise<Map<string, string>> {
    if (hashes.length === 0) return new Map();
    const rows = await this.rows<{ content_hash: string; id: string }>('finding content hashes',
      'SELECT content_hash, min(id) AS id FROM documents WHERE content_hash = ANY($1::text[]) GROUP BY content_hash', [[...new Set(hashes)]]);
    return new Map(rows.map((r) => [r.content_hash, r.id]));
  }

  async contentHashesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows<{ id: string; content_hash: string }>('reading content hashes',
      'SELECT id, content_hash FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.content_hash]));
  }

  async getKeys(id: string): Promise<DocumentKeys | null> {
    const [row] = await this.rows<{ bands: number[]; passages: number[] }>('reading keys', 'SELECT bands, passages FROM documents WHERE id = $1', [id]);
    return row ? { bands: toKeys(row.bands), passages: toKeys(row.passages) } : null;
  }

  async keyPostings(keys: DocumentKeys, query: PostingsQuery): Promise<Postings> {
    // One index probe per key, each reading at most `perKey` postings (one shard each on Citus).
    const read = (kind: 'band' | 'passage', list: readonly number[]) => this.rows<{ key: number; frequency: number; documents: string[] }>('reading postings', `
      SELECT f.key, f.documents AS frequency, coalesce(p.documents, '{}') AS documents
      FROM ${kind}_frequency f LEFT JOIN LATERAL (
        SELECT array_agg(doc_id ORDER BY doc_id) AS documents FROM (
          SELECT doc_id FROM ${kind}_postings p WHERE p.key = f.key AND f.documents <= $3 ORDER BY doc_id LIMIT $2) AS first
      ) AS p ON true
      WHERE f.key = ANY($1::bigint[]) AND f.documents > 0 ORDER BY f.key`, [keySet(list), query.perKey, query.maxFrequency]);
    const [bands, passages] = await Promise.all([read('band', keys.bands), read('passage', keys.passages)]);
    const numbered = (rows: typeof bands): KeyPostings[] => rows.map((r) => ({ key: Number(r.key), frequency: r.frequency, documents: r.documents }));
    return { bands: numbered(bands), passages: numbered(passages) };
  }

  async indexEntries(ids: readonly string[]): Promise<Map<string, IndexEntry>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows<{ id: string; bands: number[]; passages: number[]; reuse_group: string | null; published: string | null }>('reading index entries',
      'SELECT id, bands, passages, reuse_group, published FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, { keys: { bands: toKeys(r.bands), passages: toKeys(r.passages) }, group: r.reuse_group ?? r.id, published: r.published }]));
  }

  async listDocuments(options: { after?: string; limit: number }): Promise<StoredDocument[]> {
    const rows = await this.rows<DocumentRow>('listing documents',
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE $1::text IS NULL OR id > $1::text ORDER BY id LIMIT $2`, [options.after ?? null, options.limit]);
    return rows.map(toDocument);
  }

  async countDocuments(): Promise<number> {
    const [row] = await this.rows<{ n: string }>('counting documents', 'SELECT count(*) AS n FROM documents', []);
    return Number(row!.n);
  }

  async putEdges(writes: readonly EdgeWrite[]): Promise<void> {
    strayEdge(writes);
    await this.transaction('storing edges', async (client) => {
      for (const { id, edges } of writes) await putEdgeRows(client, id, edges);
    });
  }

  async addEdges(edges: readonly Edge[]): Promise<void> {
    if (edges.length > 0) await this.transaction('storing edges', (client) => upsertEdgeRows(client, edges));
  }

  async edgesOf(id: string, limit?: number): Promise<Edge[]> {
    const rows = await this.rows<EdgeRow>('reading edges', `SELECT ${EDGE_COLUMNS} FROM edges WHERE doc_id = $1 ORDER BY score DESC, src, dst LIMIT $2`, [id, limit ?? null]);
    return rows.map(toEdge);
  }

  async edgesBetween(near: readonly string[], among: readonly string[]): Promise<Edge[]> {
    if (near.length === 0 || among.length === 0) return [];
    // Read at the near ends; an edge with both ends near is there twice, once per end.
    const rows = await this.rows<EdgeRow>('reading edges',
      `SELECT DISTINCT ON (src, dst) ${EDGE_COLUMNS} FROM edges WHERE doc_id = ANY($1::text[]) AND other_id = ANY($2::text[]) ORDER BY src, dst`, [[...new Set(near)], [...new Set(among)]]);
    return rows.map(toEdge);
  }

  async allEdges(): Promise<Edge[]> {
    // Every edge is stored at both ends; the source's copy stands for it.
    const rows = await this.rows<EdgeRow>('reading edges', `SELECT ${EDGE_COLUMNS} FROM edges WHERE doc_id = src ORDER BY src, dst`, []);
    return rows.map(toEdge);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const words = queryWords(query);
    if (!words) return [];
    return this.rows<SearchHit>('searching', `
      SELECT id, title, ts_headline('simple', text, q, 'StartSel="",StopSel="",MaxWords=24,MinWords=12,MaxFragments=1,FragmentDelimiter=" … "') AS snippet, score
      FROM (
        SELECT id, title, text, q, ts_rank_cd(search, q) AS score FROM documents, (SELECT ${SEARCH_QUERY} AS q) AS query
        WHERE search @@ q ORDER BY score DESC, id LIMIT $2
      ) AS hits ORDER BY score DESC, id`, [words, limit]);
  }

  /** Bytes on disk of the index tables with their indexes and TOAST (not the queue's tables). */
  async indexBytes(): Promise<number> {
    const [row] = await this.rows<{ bytes: string }>('measuring the index', `SELECT sum(pg_total_relation_size(t::regclass))::bigint AS bytes
      FROM unnest(ARRAY['documents', 'band_postings', 'passage_postings', 'edges']) AS t`, []);
    return Number(row!.bytes);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** Connects to PostgreSQL at `url` and brings the schema up to date. */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  return openMigrated(new PostgresStore(url, options));
}
