/**
 * @module store/rows
 * Document and edge rows as both SQL stores return them, and their conversion to Store values. The
 * drivers differ only in types: SQLite gives timestamps as text and booleans as 0/1, `pg` gives a
 * `Date` and a boolean.
 */
import type { Relation } from '../core/types.js';
import type { Edge, EdgeEvidence, StoredDocument } from './store.js';

export interface DocumentRow {
  id: string;
  path: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  language: string;
  text: string;
  content_hash: string;
  ingested_at: string | Date;
}

export interface EdgeRow {
  src: string;
  dst: string;
  relation: string;
  score: number;
  source_coverage: number;
  derivative_coverage: number;
  directed: boolean | number;
  evidence: string;
}

/** The document fields besides its text that decide whether a re-ingested document changed. */
export const METADATA = ['path', 'url', 'outlet', 'published', 'title', 'language'] as const;

export function toDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id, path: row.path, url: row.url, outlet: row.outlet, published: row.published, title: row.title,
    language: row.language, text: row.text, contentHash: row.content_hash,
    ingestedAt: typeof row.ingested_at === 'string' ? row.ingested_at : row.ingested_at.toISOString(),
  };
}

export function toEdge(row: EdgeRow): Edge {
  return {
    from: row.src, to: row.dst, relation: row.relation as Relation, score: row.score,
    sourceCoverage: row.source_coverage, derivativeCoverage: row.derivative_coverage, directed: Boolean(row.directed),
    evidence: row.evidence as EdgeEvidence,
  };
}
