/**
 * @module server/extract-field
 * A request field to `Extracted`, as a file is for the CLI: errors name the field (there is no file).
 */
import { NewstraceError } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { extract } from '../extract/index.js';

export function extractField(
  content: string,
  where: string,
  format: 'auto' | 'text' | 'html' = 'auto',
  url: string | null = null,
): Extracted {
  try {
    return extract(content, { format, url });
  } catch (error) {
    throw error instanceof NewstraceError ? error.withPath(where) : error;
  }
}
