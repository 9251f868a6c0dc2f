/**
 * @module store/sqlite/schema
 * The SQLite schema and its migration. Postings reference documents by their integer row number, not
 * their text id, so each posting row stays small; keys are kept per document as a blob too, so a
 * replaced document can remove exactly its own postings. Each key's document frequency is kept
 * beside its postings, so a lookup weighs keys by rarity without counting postings.
 *
 * Version 2 added the frequencies, each document's reuse group and each edge's evidence; a version 1
 * index is upgraded in place (frequencies counted once from its postings).
 */
import type Database from 'better-sqlite3';
import { NewstraceError } from '../../core/errors.js';

export const SCHEMA_VERSION = 2;

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
CREATE TABLE IF NOT EXISTS band_postings (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS passage_postings (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS band_frequency (key INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS passage_frequency (key INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
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
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
`;

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
    write.run('fingerprint_scheme', fingerprintScheme);
    write.run('schema_version', String(SCHEMA_VERSION));
  }).immediate();
}

/** Version 1 -> 2, in the migration's transaction: the new columns, and frequencies from the postings. */
function upgradeFromVersion1(db: Database.Database): void {
  const columns = (table: string) => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  if (!columns('documents').has('reuse_group')) db.exec('ALTER TABLE documents ADD COLUMN reuse_group TEXT');
  if (!columns('edges').has('evidence')) db.exec("ALTER TABLE edges ADD COLUMN evidence TEXT NOT NULL DEFAULT 'aligned'");
  for (const kind of ['band', 'passage']) {
    db.exec(`DELETE FROM ${kind}_frequency; INSERT INTO ${kind}_frequency (key, documents) SELECT key, count(*) FROM ${kind}_postings GROUP BY key`);
  }
}
