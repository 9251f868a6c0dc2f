/**
 * @module corpus/ingest
 * `ingest` over source items: documents go through the one indexing pipeline, problems (unreadable
 * files, bad lines) are collected, and the per-document results are summed into the counts a CLI
 * or a bench prints, with the policy they were made under.
 */
import type { NewstraceErrorCode } from '../core/errors.js';
import type { SourceItem } from '../ingest/index.js';
import { finishDraft } from '../ingest/record.js';
import type { Store } from '../store/store.js';
import type { StoryWriter } from '../story-index/story-writer.js';
import type { AnalyzedCache } from './analyzed-cache.js';
import { indexDocuments, type DocumentResult, type IndexItem } from './pipeline.js';
import type { PreparedItem } from './prepare-document.js';
import type { PreparePool } from './prepare-pool.js';
import { DEFAULT_POLICY, type IndexPolicy } from './policy.js';

export interface IngestProblem {
  readonly path: string;
  readonly line?: number;
  readonly reason: string;
  readonly code: NewstraceErrorCode;
}

export interface IngestCounts {
  /** Documents read from the input so far (stored or not; the current batch is written at its end). */
  readonly read: number;
  readonly ingested: number;
  /** Stored before under the same id, now with another text or metadata. */
  readonly updated: number;
  /** Stored before under the same id with the same text. */
  readonly unchanged: number;
  /** Newly stored with a text already stored under another id. */
  readonly duplicates: number;
  readonly skipped: number;
  readonly edges: number;
  /** Candidate pairs aligned to verify them (each direction counted). */
  readonly verified: number;
  /** Near copies linked on their estimated containment, without aligning. */
  readonly estimated: number;
}

/** A stored document that this run replaced, named so that no replacement goes unseen. */
export interface IngestUpdate {
  readonly id: string;
  /** Where the new version came from, as the caller named it. */
  readonly origin: string;
}

export interface IngestSummary extends IngestCounts {
  readonly problems: readonly IngestProblem[];
  readonly updates: readonly IngestUpdate[];
  readonly seconds: number;
  readonly policy: IndexPolicy;
}

export interface IngestOptions {
  /** Documents per transaction (default: the policy's). */
  readonly batchSize?: number;
  readonly policy?: IndexPolicy;
  /** Called after each problem and each written batch. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** Called with each document's result, once its batch is written. */
  readonly onDocument?: (result: DocumentResult) => void;
  readonly cache?: AnalyzedCache;
  /** See IndexOptions.overlapped (PostgreSQL workers). */
  readonly overlapped?: () => Promise<boolean>;
  /**
   * Worker threads to analyse and fingerprint in while this thread links and writes; owned by the
   * caller (it outlives one call, as a worker's batches do). Without one, documents are prepared inline.
   */
  readonly prepare?: PreparePool;
  /** Replace stored documents with texts read from another file too (default: skip and report them). */
  readonly replace?: boolean;
  /** Where stories are assigned (default: inline, on the store's stories); owned by the caller. */
  readonly stories?: StoryWriter;
}

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const base = options.policy ?? DEFAULT_POLICY;
  const policy = options.batchSize === undefined ? base : { ...base, batchSize: Math.max(1, options.batchSize) };
  const problems: IngestProblem[] = [];
  const updates: IngestUpdate[] = [];
  const counts = { read: 0, ingested: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0, edges: 0, verified: 0, estimated: 0 };
  const report = () => options.onProgress?.({ ...counts });
  const source: AsyncIterable<SourceItem | PreparedItem> = options.prepare ? options.prepare.prepare(items) : items;
  async function* records(): AsyncIterable<IndexItem> {
    for await (const read of source) {
      // Without a pool, a draft is extracted here, as the pool's threads would.
      const item = read.kind === 'draft' ? finishDraft(read.draft) : read;
      if (item.kind === 'document' || item.kind === 'prepared') {
        yield item.kind === 'document' ? item.record : item;
        continue;
      }
      problems.push({ path: item.path, ...(item.line === undefined ? {} : { line: item.line }), reason: item.reason, code: item.code });
      counts.skipped++;
      report();
    }
  }
  let written = 0;
  for await (const result of indexDocuments(store, records(), policy, { cache: options.cache, overlapped: options.overlapped, replace: options.replace, stories: options.stories })) {
    options.onDocument?.(result);
    if (result.outcome === 'skipped') {
      problems.push({ path: result.origin, reason: result.reason!, code: 'id_conflict' });
      counts.skipped++;
    } else {
      counts.read++;
      if (result.outcome === 'inserted') counts.ingested++;
      else if (result.outcome === 'updated') {
        counts.updated++;
        updates.push({ id: result.id, origin: result.origin });
      }
      else counts.unchanged++;
    }
    if (result.duplicateOf !== null) counts.duplicates++;
    counts.edges += result.edges.length;
    counts.verified += result.aligned;
    counts.estimated += result.estimated;
    if (++written % policy.batchSize === 0) report();
  }
  report();
  return { ...counts, problems, updates, seconds: (performance.now() - started) / 1000, policy };
}
