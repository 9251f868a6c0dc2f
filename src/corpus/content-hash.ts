/**
 * @module corpus/content-hash
 * The identity of a document's content: SHA-256 of its cleaned text, so re-ingesting the same text
 * is recognised whatever file or id it comes under.
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
