/**
 * @module ingest/types
 * What the source readers yield: documents with their origin, or problems naming file and line.
 */
import type { NewstraceErrorCode } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import type { ExtractOptions } from '../extract/extract.js';

export interface SourceRecord {
  /**
   * The caller's id: JSONL `id`, a feed item's guid/link, else the file's path from the name of the
   * folder given (`seeds/rewrite.txt`), with `#<n>` for a record inside a container file.
   */
  readonly id: string;
  /**
   * The file it was read from, absolute (for records: the container file); null when it came from
   * no file (the API). A stored document is only replaced by another text from the same file.
   */
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

/** A document's content as read, with how to extract it and what its source declared about the text. */
export interface DraftInput {
  readonly content: string;
  readonly options: ExtractOptions;
  /** A title the source gives outside the text (JSONL field, feed item title). */
  readonly title?: string | null;
  /** A language the source declares (JSONL `language`), before the page's own. */
  readonly language?: string | null;
  /** With no outlet declared or named by the page, the host of its URL. */
  readonly outletFromHost?: boolean;
  /** A date for when the page names none (a WARC capture date). */
  readonly fallbackPublished?: string | null;
}

/**
 * A document as a reader found it, not yet extracted: extraction (HTML boilerplate removal is a few
 * to tens of milliseconds a page) runs where the document is prepared, on the prepare pool's
 * threads, not on the thread that reads and indexes. Plain data, so it crosses threads. Declared
 * fields win over what extraction finds (see finishDraft).
 */
export interface SourceDraft {
  readonly id: string;
  readonly path: string | null;
  readonly origin: string;
  /** What a problem with it names (the file, and the URL of a WARC record), and its record or line number. */
  readonly where: string;
  readonly at?: number;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly period?: string | null;
  readonly input: DraftInput;
}

export type SourceItem =
  | { readonly kind: 'document'; readonly record: SourceRecord }
  | { readonly kind: 'draft'; readonly draft: SourceDraft }
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
  /**
   * From the name of the folder the caller gave (or of a named file's folder) down to the file,
   * forward slashes, never with `..` segments: `seeds/rewrite.txt`. The base of ids.
   */
  readonly relPath: string;
  /** As the caller would name it (root argument joined with the path below it). */
  readonly display: string;
  /** Found by walking a folder (not named by the caller): generic files such as .xml may be ignored. */
  readonly inFolder: boolean;
}

export interface Limits {
  readonly maxBytes: number;
  readonly maxFileBytes: number;
}
