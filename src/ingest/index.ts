/** @module ingest: corpus input (folders, JSONL, WARC, RSS/Atom) as a stream of documents and problems. */
export { readSources, sourceKind, type SourceKind } from './read-sources.js';
export { countSources, type SourceEstimate } from './count-sources.js';
export { DEFAULT_MAX_FILE_BYTES } from './limits.js';
export type { ReadSourcesOptions, SourceItem, SourceRecord } from './types.js';
