/**
 * @module ingest/read-file-document
 * One .txt/.html file as one document, its id the path relative to the root.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, extract } from '../extract/index.js';
import { problem, problemFrom } from './problem.js';
import { documentItem, hostOf } from './record.js';
import type { Limits, SourceFile, SourceItem } from './types.js';

export async function readFileDocument(source: SourceFile, limits: Limits): Promise<SourceItem> {
  try {
    const { size } = await stat(source.file);
    if (size > limits.maxBytes) {
      return problem(source.display, 'input_too_large', `file of ${size} bytes exceeds the ${limits.maxBytes}-byte limit per document`);
    }
    const extracted = extract(decodeBytes(await readFile(source.file)), { path: source.file });
    return documentItem(source, { id: source.relPath, extracted, outlet: extracted.siteName ?? hostOf(extracted.url) });
  } catch (error) {
    return problemFrom(source.display, error);
  }
}
