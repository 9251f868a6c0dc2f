/**
 * @module ingest/types
 * What the source readers yield: documents with their origin, or problems naming file and line.
 */
import type { NewstraceErrorCode } from '../core/errors.js';
import type { Extracted } from '../core/types.js';

export interface SourceRecord {
  /** The caller's id: JSONL `id`, else path relative to the given root, else `<relpath>#<n>` or a feed item's guid/link. */
  readonly id: string;
  /** File path relative to the given root, forward slashes (for records: the container file). */
  readonly path: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** ISO 8601 when known. */
  readonly published: string | null;
  /** A coarse date given instead of `published` (JSONL `period`, e.g. "2004-2005"), shown as it is. */
  readonly period?: string | null;
  readonly extracted: Extracted;
  /** The file it came from as the caller named it, plus `#<line>` (JSONL) or `#<record>` (WARC, feeds). */
  readonly origin: string;
}

export type SourceItem =
  | { readonly kind: 'document'; readonly record: SourceRecord }
  | { readonly kind: 'problem'; readonly path: string; readonly line?: number; readonly reason: string; readonly code: NewstraceErrorCode };

export interface ReadSourcesOptions {
  /** Largest single document, JSONL line or WARC record, after decompression (default 16 MiB). */
  readonly maxBytes?: number;
  /** Largest decompressed size of one compressed file, e.g. a .warc.gz (default 2 GiB). */
  readonly maxFileBytes?: number;
}

/** Where one file sits: the root the caller gave and its path below it. */
export interface SourceFile {
  /** Absolute path of the file. */
  readonly file: string;
  /** Relative to the root, forward slashes, never with `..` segments. */
  readonly relPath: string;
  /** As the caller would name it (root argument joined with relPath). */
  readonly display: string;
  /** Found by walking a folder (not named by the caller): generic files such as .xml may be ignored. */
  readonly inFolder: boolean;
}

export interface Limits {
  readonly maxBytes: number;
  readonly maxFileBytes: number;
}
