/**
 * @module ingest/count-sources
 * A cheap size estimate for progress bars: files and bytes on disk, without reading any content.
 * Containers (JSONL, WARC, feeds) hold many documents, so progress is best shown in bytes.
 */
import { stat } from 'node:fs/promises';
import { type SourceKind, sourceKind } from './read-sources.js';
import { walkSources } from './walk.js';

export interface SourceEstimate {
  readonly files: number;
  /** Bytes on disk (compressed size for .gz). */
  readonly bytes: number;
  /** Files that hold one document each (.txt, .html): a lower bound of the document count. */
  readonly documentFiles: number;
  readonly byKind: Readonly<Record<SourceKind, number>>;
}

export async function countSources(paths: readonly string[]): Promise<SourceEstimate> {
  const byKind: Record<SourceKind, number> = { document: 0, jsonl: 0, warc: 0, feed: 0 };
  let files = 0;
  let bytes = 0;
  for await (const item of walkSources(paths)) {
    if (item.kind !== 'file') continue;
    try {
      bytes += (await stat(item.source.file)).size;
    } catch {
      // A file that vanished is reported by readSources; the estimate just leaves it out.
      continue;
    }
    files++;
    byKind[sourceKind(item.source.file)]++;
  }
  return { files, bytes, documentFiles: byKind.document, byKind };
}
