/**
 * @module ingest/limits
 * Default limits for corpus input; every one can be lowered per call (tests use tiny ones).
 */
import { MAX_DOCUMENT_BYTES } from '../extract/index.js';
import type { Limits, ReadSourcesOptions } from './types.js';

/** Decompressed bytes allowed per compressed file: large crawls pass, gzip bombs stop early. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;

export function limitsOf(options: ReadSourcesOptions = {}): Limits {
  return { maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
}
