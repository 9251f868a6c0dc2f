/**
 * @module store/postgres/rows
 * Conversions between PostgreSQL rows and Store values. `pg` returns bigint as strings (it cannot
 * know they fit a JS number); newstrace keys are safe integers by contract, so they convert exactly, and
 * key arrays are parsed by `parseKeyArray`.
 */
import pg from 'pg';
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

/** OID of `bigint[]`, the type of a document's keys. */
const INT8_ARRAY = 1016;

/**
 * `bigint[]` text (`{1,2,3}`: never quoted, never NULL in newstrace's columns) straight to numbers.
 * `pg`'s generic array parser reads it a character at a time and then every element as a string;
 * candidate lookups read thousands of keys per call, and that parsing was a quarter of a worker's CPU.
 */
export function parseKeyArray(text: string): number[] {
  return text.length <= 2 ? [] : text.slice(1, -1).split(',').map(Number);
}

/** The pool's type parsers: `pg`'s own, except for key arrays. */
export const TYPE_PARSERS = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_ARRAY && format !== 'binary' ? parseKeyArray : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Keys as read from a `bigint[]` column, sorted. */
export function toKeys(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The words of a user's query: search treats them as plain required words, never as syntax. */
export function queryWords(query: string): string {
  return (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
