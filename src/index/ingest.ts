/**
 * @module index/ingest
 * Ingest orchestration: prepare and fingerprint each document, skip content already stored under its
 * id, verify new content against retrieved candidates, and write each batch. A batch's edges are
 * written before its documents, and the documents in one transaction: a run killed at any point
 * leaves no half-written document, and the next run re-verifies exactly the documents not yet
 * stored (their stray edges are replaced), so re-running completes the work and adds nothing twice.
 * After each batch is written, the story stage assigns its documents to stories (one call).
 */
import type { NewstraceErrorCode } from '../core/errors.js';
import { fingerprint, initFingerprint } from '../fingerprint/index.js';
import type { SourceItem, SourceRecord } from '../ingest/index.js';
import { prepareArticle } from '../pipeline/prepare.js';
import type { DocumentKeys, Edge, NewDocument, Store } from '../store/store.js';
import { AnalyzedCache } from './analyzed-cache.js';
import { BatchKeys, mergeCandidates } from './batch-candidates.js';
import { contentHash } from './content-hash.js';
import { DEFAULT_CANDIDATES, selectCandidates } from './retrieve.js';
import { verifyPair } from './verify.js';
import { storyDocument, updateStories } from '../story-index/update-stories.js';
import type { BatchDocument } from '../stories/index.js';

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
  /** Candidate pairs aligned to verify them. */
  readonly verified: number;
}

export interface IngestSummary extends IngestCounts {
  readonly problems: readonly IngestProblem[];
  readonly seconds: number;
}

export interface IngestOptions {
  /** Documents per transaction (default 200). */
  readonly batchSize?: number;
  /** Candidates verified per new document (default 12). */
  readonly candidates?: number;
  /** Called after each document is prepared and verified, each problem, and each written batch. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /**
   * Analysed texts to reuse across calls: a worker ingests one small batch per call, and without a
   * cache of its own would analyse again every candidate stored by an earlier batch.
   */
  readonly cache?: AnalyzedCache;
}

/** Consecutive unrelated candidates after which the rest are not verified. */
const MAX_MISSES = 3;

interface Prepared {
  readonly document: NewDocument;
  readonly keys: DocumentKeys;
  readonly fresh: boolean;
  readonly edges: Edge[];
  readonly story: BatchDocument;
}

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  await initFingerprint();
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const cache = options.cache ?? new AnalyzedCache();
  const problems: IngestProblem[] = [];
  const counts = { read: 0, ingested: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0, edges: 0, verified: 0 };
  const report = () => options.onProgress?.({ ...counts });
  let batch: SourceRecord[] = [];
  const flush = async () => {
    if (batch.length > 0) await writeBatch(store, batch, cache, counts, options.candidates ?? DEFAULT_CANDIDATES, report);
    batch = [];
  };
  // Two records of one run with the same id would silently replace each other (a JSONL file that
  // reuses ids, two roots holding the same relative path): the first is kept, the later one reported.
  const origins = new Map<string, string>();
  for await (const item of items) {
    if (item.kind === 'problem') {
      problems.push({ path: item.path, ...(item.line === undefined ? {} : { line: item.line }), reason: item.reason, code: item.code });
      counts.skipped++;
      report();
      continue;
    }
    const first = origins.get(item.record.id);
    if (first !== undefined) {
      problems.push({ path: item.record.origin, reason: `id '${item.record.id}' was already given by ${first} in this run; skipped`, code: 'invalid_record' });
      counts.skipped++;
      report();
      continue;
    }
    origins.set(item.record.id, item.record.origin);
    batch.push(item.record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { ...counts, problems, seconds: (performance.now() - started) / 1000 };
}

async function writeBatch(
  store: Store,
  records: readonly SourceRecord[],
  cache: AnalyzedCache,
  counts: { -readonly [K in keyof IngestCounts]: number },
  candidateLimit: number,
  report: () => void,
): Promise<void> {
  const local = new BatchKeys();
  const prepared: Prepared[] = [];
  const hashes = records.map((r) => contentHash(r.extracted.text));
  const known = await store.findByContentHash(hashes);
  const storedHashes = await store.contentHashesOf(records.map((r) => r.id));
  const seenHashes = new Map<string, string>();
  for (const [i, record] of records.entries()) {
    const article = prepareArticle(record.extracted);
    const hash = hashes[i]!;
    const document: NewDocument = {
      id: record.id, path: record.path, url: record.url, outlet: record.outlet, published: record.published,
      title: record.extracted.title, language: article.analyzed.language, text: record.extracted.text, contentHash: hash,
    };
    const keys = fingerprint(article.analyzed);
    const fresh = storedHashes.get(record.id) !== hash;
    const self = { id: record.id, analyzed: article.analyzed, published: record.published };
    const edges: Edge[] = [];
    if (fresh) {
      const twin = known.get(hash) ?? seenHashes.get(hash);
      if (twin !== undefined && twin !== record.id) counts.duplicates++;
      const fromStore = await store.findCandidates(keys, { limit: candidateLimit * 3, excludeId: record.id });
      const found = mergeCandidates(local.candidates(keys, record.id), fromStore);
      const candidates = selectCandidates(found, keys, candidateLimit);
      let misses = 0;
      for (const candidate of candidates) {
        // Candidates come best first: after a run of unrelated ones the rest are unrelated too.
        if (misses >= MAX_MISSES) break;
        const other = await cache.load(store, candidate.id);
        if (!other) continue;
        counts.verified++;
        const { edge } = verifyPair(other, self);
        if (edge) edges.push(edge);
        misses = edge ? 0 : misses + 1;
      }
    }
    seenHashes.set(hash, record.id);
    cache.set(self);
    local.add(record.id, keys);
    const story = storyDocument({ id: record.id, title: document.title, outlet: record.outlet, published: record.published, period: record.period ?? null, analyzed: article.analyzed, edges });
    prepared.push({ document, keys, fresh, edges, story });
    counts.read++;
    report();
  }
  for (const p of prepared) {
    if (!p.fresh) continue;
    await store.putEdges(p.document.id, p.edges);
    counts.edges += p.edges.length;
  }
  const outcomes = await store.putDocuments(prepared.map(({ document, keys }) => ({ document, keys })));
  for (const outcome of outcomes) {
    if (outcome === 'inserted') counts.ingested++;
    else if (outcome === 'updated') counts.updated++;
    else counts.unchanged++;
  }
  // Stories last: a run killed before this line leaves the batch's documents without a story, and
  // the next run (which finds them unchanged) assigns exactly those.
  await updateStories(store.stories, prepared.map((p) => p.story));
  report();
}
