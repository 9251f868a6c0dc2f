/**
 * @module store/sqlite/schema
 * The SQLite schema and its migration. Postings reference documents by their integer row number, not
 * their text id, so each posting row stays small; keys are kept per document as a blob too, so a
 * replaced document can remove exactly its own postings. Each key's document frequency is kept
 * beside its postings, so a lookup weighs keys by rarity without counting postings.
 *
 * Version 2 added the frequencies, each document's reuse group, each edge's evidence and the story
 * tables; a version 1 index is upgraded in place (frequencies counted once from its postings, stories
 * assigned by the next ingest). Version 3 stores each story centroid as sorted key and weight arrays
 * (labels aligned with the term keys) instead of one object per view; a version 2 index has its story
 * models rewritten in place. Version 4 keeps postings and frequencies in levels (see postings-levels):
 * a version 3 index has each table copied whole into the one level its size belongs to. Version 5
 * stores each story model's weights as a blob of doubles beside its keys (see story-model); a version 4
 * index has its models rewritten in place. Version 6 may leave the postings of the last documents
 * stored to another connection (see postings-tail); every document of an older index has its postings.
 * Version 7 keeps each document's analysis (text/analysis-codec) in a table of its own, so the
 * documents' rows stay as they were; an older index has none, and its documents are analysed when read.
 */
import type Database from 'better-sqlite3';
import { NewstraceError } from '../../core/errors.js';
import { LEVEL_SHAPE, levelFor } from './postings-levels.js';
import { markPostingsThrough } from './postings-tail.js';
import { encodeModel } from './story-model.js';
import type { StoredModel } from '../story-store.js';

export const SCHEMA_VERSION = 7;

/** The postings and frequency tables of one key kind, in the version 4 layout. */
const postingsDdl = (kind: string) => `
CREATE TABLE IF NOT EXISTS ${kind}_postings (level INTEGER NOT NULL DEFAULT 0, key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (level, key, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ${kind}_frequency (level INTEGER NOT NULL DEFAULT 0, key INTEGER NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (level, key)) WITHOUT ROWID;`;

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  path TEXT, url TEXT, outlet TEXT, published TEXT, title TEXT,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  bands BLOB NOT NULL,
  passages BLOB NOT NULL,
  reuse_group TEXT
);
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents (content_hash, id);
${postingsDdl('band')}
${postingsDdl('passage')}
CREATE TABLE IF NOT EXISTS edges (
  src TEXT NOT NULL,
  dst TEXT NOT NULL,
  relation TEXT NOT NULL,
  score REAL NOT NULL,
  source_coverage REAL NOT NULL,
  derivative_coverage REAL NOT NULL,
  directed INTEGER NOT NULL,
  evidence TEXT NOT NULL DEFAULT 'aligned',
  PRIMARY KEY (src, dst)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst, src);
CREATE TABLE IF NOT EXISTS analyses (seq INTEGER PRIMARY KEY, analysis BLOB NOT NULL);
-- Stories. A story row is small (its summary as JSON); the centroid, which only
-- assignment reads, is kept apart in story_models, so listing every story reads small rows.
-- story_keys finds stories by key, newest change first (recency). story_members holds members in
-- join order per story (listing is a range scan); story_of maps each document to its one story.
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, size INTEGER NOT NULL, recency INTEGER NOT NULL, keys TEXT NOT NULL, summary TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stories_size ON stories (size DESC, id);
CREATE TABLE IF NOT EXISTS story_models (id TEXT PRIMARY KEY, model TEXT NOT NULL, weights BLOB NOT NULL DEFAULT x'') WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_keys (key TEXT NOT NULL, recency INTEGER NOT NULL, story TEXT NOT NULL, PRIMARY KEY (key, recency, story)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_members (story TEXT NOT NULL, joined INTEGER NOT NULL, member TEXT NOT NULL, PRIMARY KEY (story, joined)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_of (doc TEXT PRIMARY KEY, story TEXT NOT NULL, joined INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
`;

const columns = (db: Database.Database, table: string) => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));

/** Creates the schema when absent and pins the fingerprint scheme; refuses a foreign or newer index. */
export function migrateSqlite(db: Database.Database, fingerprintScheme: string, file: string): void {
  db.transaction(() => {
    db.exec(DDL);
    const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    const write = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    const scheme = read.get('fingerprint_scheme')?.value;
    if (scheme !== undefined && scheme !== fingerprintScheme) {
      throw new NewstraceError(
        'index_version_mismatch',
        `the index was built with fingerprint scheme ${scheme}, this version uses ${fingerprintScheme}; ingest into a new --db file`,
        { path: file },
      );
    }
    const version = Number(read.get('schema_version')?.value ?? (scheme === undefined ? SCHEMA_VERSION : 1));
    if (version > SCHEMA_VERSION) {
      throw new NewstraceError('index_version_mismatch', `the index has schema version ${version}, newer than this newstrace (${SCHEMA_VERSION})`, { path: file });
    }
    if (version < 2 && scheme !== undefined) upgradeFromVersion1(db);
    if (version < 3 && scheme !== undefined) upgradeFromVersion2(db);
    if (version < 4 && scheme !== undefined) upgradeFromVersion3(db);
    if (version < 5 && scheme !== undefined) upgradeFromVersion4(db);
    if (version < 6) markPostingsThrough((text) => db.prepare(text), (db.prepare('SELECT max(seq) FROM documents').pluck().get() as number | null) ?? 0);
    write.run('fingerprint_scheme', fingerprintScheme);
    write.run('schema_version', String(SCHEMA_VERSION));
  }).immediate();
}

/** Version 1 -> 2, in the migration's transaction: the new columns, and frequencies from the postings. */
function upgradeFromVersion1(db: Database.Database): void {
  if (!columns(db, 'documents').has('reuse_group')) db.exec('ALTER TABLE documents ADD COLUMN reuse_group TEXT');
  if (!columns(db, 'edges').has('evidence')) db.exec("ALTER TABLE edges ADD COLUMN evidence TEXT NOT NULL DEFAULT 'aligned'");
  for (const kind of ['band', 'passage']) {
    db.exec(`DELETE FROM ${kind}_frequency; INSERT INTO ${kind}_frequency (key, documents) SELECT key, count(*) FROM ${kind}_postings GROUP BY key`);
  }
}

/** Version 3 -> 4: each postings and frequency table without levels is copied, in key order, into one level. */
function upgradeFromVersion3(db: Database.Database): void {
  for (const table of ['band_postings', 'passage_postings', 'band_frequency', 'passage_frequency']) {
    if (columns(db, table).has('level')) continue;
    const rows = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const values = table.endsWith('postings') ? 'key, doc' : 'key, documents';
    db.exec(`ALTER TABLE ${table} RENAME TO ${table}_v3; ${postingsDdl(table.split('_')[0]!)}
      INSERT INTO ${table} (level, ${values}) SELECT ${levelFor(rows, LEVEL_SHAPE)}, ${values} FROM ${table}_v3 ORDER BY key; DROP TABLE ${table}_v3`);
  }
}

/** The three views `{key: weight}` at `path` in `source` (JSON of a version 2 model) as `{keys, weights}`, keys ascending. */
const views = (source: string, path: string) => `json_object(${['specifics', 'terms', 'title'].map((name) => `'${name}', json((
  SELECT json_object('keys', json_group_array(e.key ORDER BY e.key), 'weights', json_group_array(e.value ORDER BY e.key)) FROM json_each(${source}, '${path}.${name}') e))`).join(', ')})`;

/**
 * Version 2 -> 3: story models from objects to sorted arrays, the centroid and each kept member's
 * vectors (a model stored before members were kept gets none). SQLite orders keys by UTF-8 bytes, the
 * story stage by UTF-16 units; the two differ only between astral characters and U+E000-U+FFFF.
 */
function upgradeFromVersion2(db: Database.Database): void {
  db.exec(`UPDATE story_models SET model = json_object(
    'centroid', ${views('story_models.model', '$.centroid')},
    'labels', json((SELECT json_group_array(coalesce(l.value, '') ORDER BY t.key)
      FROM json_each(story_models.model, '$.centroid.terms') t LEFT JOIN json_each(story_models.model, '$.labels') l ON l.key = t.key)),
    'kept', json((SELECT json_group_array(json_object('member', json(k.value -> '$.member'), 'vectors', ${views('k.value', '$.vectors')}) ORDER BY k.key)
      FROM json_each(story_models.model, '$.kept') k)))`);
}

/** Version 4 -> 5: each story model's weights out of its JSON into the weights blob. */
function upgradeFromVersion4(db: Database.Database): void {
  if (!columns(db, 'story_models').has('weights')) db.exec("ALTER TABLE story_models ADD COLUMN weights BLOB NOT NULL DEFAULT x''");
  const write = db.prepare('UPDATE story_models SET model = ?, weights = ? WHERE id = ?');
  for (const { id, model } of db.prepare<[], { id: string; model: string }>('SELECT id, model FROM story_models').all()) {
    const encoded = encodeModel(JSON.parse(model) as StoredModel);
    write.run(encoded.model, encoded.weights, id);
  }
}
