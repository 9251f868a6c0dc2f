/**
 * @module ingest/read-file-document
 * One .txt/.html file as one document, its id the path relative to the root.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes } from '../extract/index.js';
import { problem, problemFrom } from './problem.js';
import { draftItem } from './record.js';
import type { Limits, SourceFile, SourceItem } from './types.js';

export async function readFileDocument(source: SourceFile, limits: Limits): Promise<SourceItem> {
  try {
    const { size } = await stat(source.file);
    if (size > limits.maxBytes) {
      return problem(source.display, 'input_too_large', `file of ${size} bytes exceeds the ${limits.maxBytes}-byte limit per document`);
    }
    return draftItem(source, { id: source.relPath, input: { content: decodeBytes(await readFile(source.file)), options: { path: source.file }, outletFromHost: true } });
  } catch (error) {
    return problemFrom(source.display, error);
  }
}
