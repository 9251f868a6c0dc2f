/**
 * @module ingest/read-sources
 * The corpus entry point: expand the caller's paths and read every file with the reader for its
 * kind, as one stream of documents and problems. Only unusable arguments throw; every bad file,
 * line or record becomes a `problem` item and reading goes on.
 */
import { readFeed } from './read-feed.js';
import { readFileDocument } from './read-file-document.js';
import { readJsonl } from './read-jsonl.js';
import { readWarc } from './read-warc.js';
import { limitsOf } from './limits.js';
import type { Limits, ReadSourcesOptions, SourceFile, SourceItem } from './types.js';
import { walkSources } from './walk.js';

export type SourceKind = 'document' | 'jsonl' | 'warc' | 'feed';

export function sourceKind(file: string): SourceKind {
  if (/\.jsonl$/i.test(file)) return 'jsonl';
  if (/\.warc(?:\.gz)?$/i.test(file)) return 'warc';
  if (/\.(?:rss|atom|xml)$/i.test(file)) return 'feed';
  return 'document';
}

async function* readFile(source: SourceFile, limits: Limits): AsyncGenerator<SourceItem> {
  switch (sourceKind(source.file)) {
    case 'jsonl':
      yield* readJsonl(source, limits);
      return;
    case 'warc':
      yield* readWarc(source, limits);
      return;
    case 'feed':
      yield* readFeed(source, limits);
      return;
    default:
      yield await readFileDocument(source, limits);
  }
}

/**
 * Documents and problems from folders (recursive), .txt/.html files, .jsonl, .warc(.gz) and
 * RSS/Atom files, in a stable order. Throws `unreadable_file` only for a path that does not exist.
 */
export async function* readSources(paths: readonly string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  const limits = limitsOf(options);
  for await (const item of walkSources(paths)) {
    if (item.kind === 'file') yield* readFile(item.source, limits);
    else yield item;
  }
}
