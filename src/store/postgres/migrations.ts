/**
 * @module store/postgres/migrations
 * The PostgreSQL schema as numbered migrations, applied in one transaction under an advisory lock so
 * that several processes starting at once (workers, the server) neither race nor half-apply. The
 * layout is meant to shard on Citus (see docs/scale.md): every table is keyed by what its queries
 * look up, documents and edges by document id, postings by fingerprint key.
 */
import type pg from 'pg';
import { NewstraceError } from '../../core/errors.js';

/** Text search configurations by ISO 639-1 code (the languages `src/text` stems); others use `simple`. */
export const TS_CONFIGS: Readonly<Record<string, string>> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ru: 'russian', sv: 'swedish',
};

const tsConfig = `CASE language ${Object.entries(TS_CONFIGS).map(([code, name]) => `WHEN '${code}' THEN '${name}'::regconfig`).join(' ')} ELSE 'simple'::regconfig END`;
/** Bounds the indexed text: a tsvector holds at most 1 MB, and search does not need a whole book. */
const indexed = (column: string) => `left(coalesce(${column}, ''), 262144)`;
/** Exact word forms (any language) plus the document language's stems; titles weigh more. */
const searchVector = [
  `setweight(to_tsvector(${tsConfig}, ${indexed('title')}), 'A')`,
  `setweight(to_tsvector('simple'::regconfig, ${indexed('title')}), 'A')`,
  `setweight(to_tsvector(${tsConfig}, ${indexed('text')}), 'B')`,
  `setweight(to_tsvector('simple'::regconfig, ${indexed('text')}), 'B')`,
].join(' || ');

/** The three views `{key: weight}` of `source` (jsonb of a story model before migration 4) as `{keys, weights}`, keys ascending. */
const sortedViews = (source: string) => `jsonb_build_object(${['specifics', 'terms', 'title'].map((view) => `'${view}', (SELECT jsonb_build_object(
    'keys', coalesce(jsonb_agg(to_jsonb(e.key) ORDER BY e.key COLLATE "C"), '[]'::jsonb), 'weights', coalesce(jsonb_agg(e.value ORDER BY e.key COLLATE "C"), '[]'::jsonb))
    FROM jsonb_each(${source}->'${view}') AS e)`).join(', ')})`;

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, postings, edges, meta',
    sql: `
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE documents (
  id text COLLATE "C" PRIMARY KEY,
  path text, url text, outlet text, published text, title text,
  language text NOT NULL,
  text text NOT NULL,
  content_hash text NOT NULL,
  ingested_at timestamptz NOT NULL,
  bands bigint[] NOT NULL,
  passages bigint[] NOT NULL,
  search tsvector GENERATED ALWAYS AS (${searchVector}) STORED
);
CREATE INDEX documents_content_hash ON documents (content_hash, id);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE TABLE band_postings (key bigint NOT NULL, doc_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, doc_id));
CREATE TABLE passage_postings (key bigint NOT NULL, doc_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, doc_id));
-- Postings grow fastest; fresher statistics keep candidate lookups on the index.
ALTER TABLE band_postings SET (autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE passage_postings SET (autovacuum_analyze_scale_factor = 0.02);
-- Each edge is kept once per end (doc_id, other_id), so every lookup by document stays on that
-- document's shard; src/dst keep the direction.
CREATE TABLE edges (
  doc_id text COLLATE "C" NOT NULL,
  other_id text COLLATE "C" NOT NULL,
  src text COLLATE "C" NOT NULL,
  dst text COLLATE "C" NOT NULL,
  relation text NOT NULL,
  score double precision NOT NULL,
  source_coverage double precision NOT NULL,
  derivative_coverage double precision NOT NULL,
  directed boolean NOT NULL,
  PRIMARY KEY (doc_id, other_id)
);`,
  },
  {
    version: 2,
    name: 'key frequencies, reuse groups, edge evidence',
    sql: `
-- Document frequency of each key, kept by the writers, so a lookup weighs keys by rarity and reads
-- at most a bounded number of postings per key.
CREATE TABLE band_frequency (key bigint PRIMARY KEY, documents integer NOT NULL);
CREATE TABLE passage_frequency (key bigint PRIMARY KEY, documents integer NOT NULL);
INSERT INTO band_frequency SELECT key, count(*) FROM band_postings GROUP BY key;
INSERT INTO passage_frequency SELECT key, count(*) FROM passage_postings GROUP BY key;
ALTER TABLE documents ADD COLUMN reuse_group text COLLATE "C";
ALTER TABLE edges ADD COLUMN evidence text NOT NULL DEFAULT 'aligned';`,
  },
  {
    version: 3,
    name: 'stories, story keys, story members, story document frequencies',
    // Shards: stories, story_models and story_members by story id (colocated); story_keys and
    // story_df by key; story_of by document id (the look-up ingest makes).
    sql: `
CREATE TABLE stories (id text COLLATE "C" PRIMARY KEY, size integer NOT NULL, recency bigint NOT NULL, keys text[] NOT NULL, summary jsonb NOT NULL);
CREATE INDEX stories_size ON stories (size DESC, id);
CREATE TABLE story_models (id text COLLATE "C" PRIMARY KEY, model jsonb NOT NULL);
CREATE TABLE story_keys (key text COLLATE "C" NOT NULL, recency bigint NOT NULL, story_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, recency, story_id));
CREATE TABLE story_members (story_id text COLLATE "C" NOT NULL, joined bigint NOT NULL, member jsonb NOT NULL, PRIMARY KEY (story_id, joined));
CREATE TABLE story_of (doc_id text COLLATE "C" PRIMARY KEY, story_id text COLLATE "C" NOT NULL, joined bigint NOT NULL);
CREATE TABLE story_df (key text COLLATE "C" PRIMARY KEY, df bigint NOT NULL);
CREATE SEQUENCE story_clock;
INSERT INTO meta (key, value) VALUES ('story_documents', '0') ON CONFLICT (key) DO NOTHING;`,
  },
  {
    version: 4,
    name: 'story centroids and kept members as sorted key and weight arrays',
    // Keys ordered by code point ("C"); the story stage orders by UTF-16 units: the two differ only
    // between astral characters and U+E000-U+FFFF. A model stored before members were kept gets none.
    sql: `
UPDATE story_models SET model = jsonb_build_object(
  'centroid', ${sortedViews("model->'centroid'")},
  'labels', (SELECT coalesce(jsonb_agg(coalesce(model->'labels'->t.key, '""'::jsonb) ORDER BY t.key COLLATE "C"), '[]'::jsonb)
    FROM jsonb_each(model->'centroid'->'terms') AS t),
  'kept', (SELECT coalesce(jsonb_agg(jsonb_build_object('member', k.value->'member', 'vectors', ${sortedViews("k.value->'vectors'")}) ORDER BY k.i), '[]'::jsonb)
    FROM jsonb_array_elements(coalesce(model->'kept', '[]'::jsonb)) WITH ORDINALITY AS k(value, i)));`,
  },
  {
    version: 5,
    name: 'document analyses',
    // Sharded by document id with the documents; a document stored before has none and is analysed when read.
    sql: `CREATE TABLE analyses (doc_id text COLLATE "C" PRIMARY KEY, analysis bytea NOT NULL);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
/** Any constant shared by every newstrace process: it names the migration lock. */
const MIGRATION_LOCK = 7_347_275_001;

/**
 * Applies the missing migrations and pins the fingerprint scheme, all or nothing. Refuses (with
 * `index_version_mismatch`) an index of another fingerprint scheme or a newer schema.
 */
export async function runMigrations(client: pg.ClientBase, fingerprintScheme: string, label: string): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > SCHEMA_VERSION) {
      throw new NewstraceError('index_version_mismatch', `the index has schema version ${newest}, newer than this newstrace (${SCHEMA_VERSION})`, { path: label });
    }
    const applied: number[] = [];
    for (const migration of MIGRATIONS.filter((m) => !done.has(m.version))) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    const scheme = (await client.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'fingerprint_scheme'`)).rows[0]?.value;
    if (scheme !== undefined && scheme !== fingerprintScheme) {
      throw new NewstraceError(
        'index_version_mismatch',
        `the index was built with fingerprint scheme ${scheme}, this version uses ${fingerprintScheme}; ingest into a new database`,
        { path: label },
      );
    }
    await client.query(
      `INSERT INTO meta (key, value) VALUES ('fingerprint_scheme', $1), ('schema_version', $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [fingerprintScheme, String(SCHEMA_VERSION)],
    );
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
