/**
 * @module ingest/problem
 * Turn any failure while reading one file or record into a `problem` item, so one bad input never
 * stops a corpus run. Unknown errors keep their message; only typed codes are exposed.
 */
import { type NewstraceErrorCode, isNewstraceError } from '../core/errors.js';
import type { SourceItem } from './types.js';

export type ProblemItem = Extract<SourceItem, { kind: 'problem' }>;

export function problem(path: string, code: NewstraceErrorCode, reason: string, line?: number): ProblemItem {
  return line === undefined ? { kind: 'problem', path, reason, code } : { kind: 'problem', path, line, reason, code };
}

function fileErrorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A problem item for `error`, raised while reading `path` (at `line`, when inside a container). */
export function problemFrom(path: string, error: unknown, line?: number): ProblemItem {
  if (isNewstraceError(error)) {
    // The NewstraceError message already starts with its own path; report the bare reason.
    const prefix = error.path ? `${error.path}${error.line ? `:${error.line}` : ''}: ` : '';
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return problem(path, error.code, reason, line ?? error.line);
  }
  const errno = fileErrorCode(error);
  if (errno === 'ENOENT') return problem(path, 'unreadable_file', 'the file disappeared before it could be read', line);
  if (errno?.startsWith('E')) return problem(path, 'unreadable_file', `cannot read the file (${errno})`, line);
  if (errno?.startsWith('Z_')) return problem(path, 'decode_failed', `corrupt or truncated compressed data (${(error as Error).message})`, line);
  return problem(path, 'invalid_record', (error as Error)?.message ?? String(error), line);
}
