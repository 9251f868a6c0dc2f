/**
 * @module store/postgres/rows
 * Conversions between PostgreSQL rows and Store values. `pg` returns bigint as strings (it cannot
 * know they fit a JS number); newstrace keys are safe integers by contract, so they convert exactly, and
 * key arrays are parsed by `parseKeyArray`.
 */
import pg from 'pg';

export { METADATA, toDocument, toEdge, type DocumentRow, type EdgeRow } from '../rows.js';

export const DOCUMENT_COLUMNS = 'id, path, url, outlet, published, title, language, text, content_hash, ingested_at';
export const EDGE_COLUMNS = 'src, dst, relation, score, source_coverage, derivative_coverage, directed, evidence';

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
