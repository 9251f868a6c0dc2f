/**
 * @module store/postgres/rows
 * Conversions between PostgreSQL rows and Store values. `pg` returns bigint as strings (it cannot
 * know they fit a JS number); newstrace keys are safe integers by contract, so they convert exactly.
 */
import type { Relation } from '../../core/types.js';
import type { Edge, StoredDocument } from '../store.js';

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
  ingested_at: Date;
}

export interface EdgeRow {
  src: string;
  dst: string;
  relation: string;
  score: number;
  source_coverage: number;
  derivative_coverage: number;
  directed: boolean;
}

export const DOCUMENT_COLUMNS = 'id, path, url, outlet, published, title, language, text, content_hash, ingested_at';
export const EDGE_COLUMNS = 'src, dst, relation, score, source_coverage, derivative_coverage, directed';
export const METADATA = ['path', 'url', 'outlet', 'published', 'title', 'language'] as const;

export function toDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id, path: row.path, url: row.url, outlet: row.outlet, published: row.published, title: row.title,
    language: row.language, text: row.text, contentHash: row.content_hash, ingestedAt: row.ingested_at.toISOString(),
  };
}

export function toEdge(row: EdgeRow): Edge {
  return {
    from: row.src, to: row.dst, relation: row.relation as Relation, score: row.score,
    sourceCoverage: row.source_coverage, derivativeCoverage: row.derivative_coverage, directed: row.directed,
  };
}

/** bigint[] as `pg` returns it (strings) to numbers, sorted. */
export function toKeys(values: readonly (string | number)[]): number[] {
  return values.map(Number).sort((a, b) => a - b);
}

/** The words of a user's query: search treats them as plain required words, never as syntax. */
export function queryWords(query: string): string {
  return (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
