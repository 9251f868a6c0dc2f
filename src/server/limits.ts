/**
 * @module server/limits
 * What one request may cost the server, in one place so the routes, the `serve` options, the errors
 * and the README agree. Every limit answers with a JSON error that names it: 413 when the request is
 * too big to read (body bytes, documents), 422 when it is readable but its texts are more than the
 * server will analyse (words), 503 when the work did not fit the time budget or the queue is full.
 */
import { availableParallelism } from 'node:os';
import { countWords } from '../text/index.js';
import { ApiError } from './api-error.js';

export interface ServerLimits {
  /** Largest accepted request body in bytes. */
  readonly maxBodyBytes: number;
  /** Words per text (each side of a compare, each ingested article), as `countWords` counts them. */
  readonly maxWordsPerText: number;
  /** Articles per `POST /api/documents`. */
  readonly maxDocumentsPerRequest: number;
  /** Words over all articles of one `POST /api/documents`: ingest runs on the main thread. */
  readonly maxWordsPerRequest: number;
  /** Milliseconds a compare may take, waiting included; past it the worker is terminated. */
  readonly compareTimeBudgetMs: number;
  /** Worker threads for compares. */
  readonly compareWorkers: number;
  /** Compares allowed to wait for a worker; more get 503 at once. */
  readonly compareQueue: number;
}

/**
 * 20,000 words per text is a long report (news articles run to 2,000). Alignment grows faster than
 * linearly: a pair of 19,000-word texts takes about 1 s on an idle core and about 4 s on the loaded
 * 2-core development machine, well inside the 20 s budget, while a pair of 45,000-word texts took
 * 19 s there and two 1 MB texts (~170,000 words) would take minutes.
 */
export const DEFAULT_LIMITS: ServerLimits = {
  maxBodyBytes: 5 * 1024 * 1024,
  maxWordsPerText: 20_000,
  maxDocumentsPerRequest: 200,
  maxWordsPerRequest: 200_000,
  compareTimeBudgetMs: 20_000,
  compareWorkers: Math.max(2, availableParallelism()),
  compareQueue: 16,
};

export function limitsWith(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_LIMITS, ...defined };
}

const n = (x: number) => x.toLocaleString('en-US');

/** Throws `too_many_words` naming the field; returns the count for request totals. */
export function checkWords(text: string, where: string, max: number): number {
  const words = countWords(text);
  if (words > max) throw new ApiError(422, 'too_many_words', `${where}: ${n(words)} words, over the limit of ${n(max)} words per text`);
  return words;
}

export function checkRequestWords(words: number, max: number): void {
  if (words > max) throw new ApiError(422, 'too_many_words', `the request holds ${n(words)} words, over the limit of ${n(max)} words per request`);
}

export function checkDocumentCount(count: number, max: number): void {
  if (count > max) throw new ApiError(413, 'too_many_documents', `the request holds ${n(count)} documents, over the limit of ${n(max)} per request`);
}
