/**
 * @module pan/read-raw
 * PAN offsets count characters of the raw file, so documents are decoded as UTF-8 exactly as stored
 * (a BOM stays as U+FEFF) and never cleaned before analysis.
 */
import { readFileSync } from 'node:fs';
import { NewstraceError } from '../core/errors.js';

export function readRawText(path: string): string {
  try {
    return readFileSync(path).toString('utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new NewstraceError(code === 'ENOENT' ? 'not_found' : 'unreadable_file', code === 'ENOENT' ? 'no such file' : 'cannot read the file', { path, cause });
  }
}
