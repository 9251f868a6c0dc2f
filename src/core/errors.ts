/**
 * @module core/errors
 * Errors are data: a closed set of codes, each carrying the file or value it is about. Audit findings
 * are report data, never errors.
 */

export type NewstraceErrorCode =
  | 'empty_input'
  | 'binary_input'
  | 'input_too_large'
  | 'decode_failed'
  | 'unreadable_file'
  | 'invalid_html'
  | 'invalid_record'
  | 'unsupported_format'
  | 'compressed_too_large'
  | 'index_version_mismatch'
  | 'not_found'
  /** An id already taken by another document: in the same run, or stored from another file. */
  | 'id_conflict'
  | 'usage'
  | 'store_failed';

export interface ErrorContext {
  /** The file, URL or record the problem is about. */
  readonly path?: string;
  /** Line or record number inside `path`, 1-based. */
  readonly line?: number;
  readonly cause?: unknown;
}

export class NewstraceError extends Error {
  readonly code: NewstraceErrorCode;
  readonly path: string | undefined;
  readonly line: number | undefined;

  constructor(code: NewstraceErrorCode, message: string, context: ErrorContext = {}) {
    const where = context.path ? `${context.path}${context.line ? `:${context.line}` : ''}: ` : '';
    super(`${where}${message}`, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = 'NewstraceError';
    this.code = code;
    this.path = context.path;
    this.line = context.line;
  }

  /** The same error, now naming the file it came from (when it did not already). */
  withPath(path: string): NewstraceError {
    if (this.path) return this;
    return new NewstraceError(this.code, this.message, { path, line: this.line, cause: this.cause });
  }
}

export function isNewstraceError(error: unknown): error is NewstraceError {
  return error instanceof NewstraceError;
}
