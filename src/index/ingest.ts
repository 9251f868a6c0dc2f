/**
 * @module index/ingest
 * Ingest orchestration: prepare and fingerprint each document (in the worker threads of `prepare`
 * when given, else inline), skip content already stored under its
 * id, verify new content against retrieved candidates, and write each batch. A batch's edges are
 * written before its documents, and the documents in one transaction: a run killed at any point
 * leaves no half-written document, and the next run re-verifies exactly the documents not yet
 * stored (their stray edges are replaced), so re-running completes the work and adds nothing twice.
 */
import type { NewstraceErrorCode } from '../core/errors.js';
import type { PreparedDocument, PreparedItem } from '../corpus/prepare-document.js';
import { createPreparePool, type PreparePool } from '../corpus/prepare-pool.js';
import type { SourceItem } from '../ingest/index.js';
import type { DocumentKeys, Edge, NewDocument, Store } from '../store/store.js';
import { AnalyzedCache } from './analyzed-cache.js';
import { BatchKeys, mergeCandidates } from './batch-candidates.js';
import { withoutOriginConflicts } from './origin-check.js';
import { DEFAULT_CANDIDATES, selectCandidates } from './retrieve.js';
import { verifyPair } from './verify.js';

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
  /** Replace stored documents with texts read from another file too (default: skip and report them). */
  readonly replace?: boolean;
  /**
   * Worker threads to analyse and fingerprint in while this thread verifies and writes; owned by the
   * caller (it outlives one call, as a worker's batches do). Without one, documents are prepared inline.
   */
  readonly prepare?: PreparePool;
}

/** Consecutive unrelated candidates after which the rest are not verified. */
const MAX_MISSES = 3;

interface Prepared {
  readonly document: NewDocument;
  readonly keys: DocumentKeys;
  readonly fresh: boolean;
  readonly edges: Edge[];
}

export async function ingest(store: Store, items: AsyncIterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const pool = options.prepare ?? (await createPreparePool({ threads: 0 }));
  try {
    return await ingestPrepared(store, pool.prepare(items), options);
  } finally {
    if (!options.prepare) await pool.close();
  }
}

async function ingestPrepared(store: Store, items: AsyncIterable<PreparedItem>, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const cache = options.cache ?? new AnalyzedCache();
  const problems: IngestProblem[] = [];
  const counts = { read: 0, ingested: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0, edges: 0, verified: 0 };
  const report = () => options.onProgress?.({ ...counts });
  const updates: IngestUpdate[] = [];
  const refuse = (problem: IngestProblem) => {
    problems.push(problem);
    counts.skipped++;
    report();
  };
  let batch: PreparedDocument[] = [];
  const flush = async () => {
    const kept = options.replace ? null : new Set(await withoutOriginConflicts(store, batch.map((d) => d.record), refuse));
    const docs = kept ? batch.filter((d) => kept.has(d.record)) : batch;
    if (docs.length > 0) await writeBatch(store, docs, cache, counts, updates, options.candidates ?? DEFAULT_CANDIDATES, report);
    batch = [];
  };
  // Two records of one run with the same id would silently replace each other (a JSONL file that
  // reuses ids, two roots of the same name): the first is kept, the later one reported.
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
      problems.push({ path: item.record.origin, reason: `id '${item.record.id}' was already given by ${first} in this run; skipped`, code: 'id_conflict' });
      counts.skipped++;
      report();
      continue;
    }
    origins.set(item.record.id, item.record.origin);
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { ...counts, problems, updates, seconds: (performance.now() - started) / 1000 };
}

async function writeBatch(
  store: Store,
  docs: readonly PreparedDocument[],
  cache: AnalyzedCache,
  counts: { -readonly [K in keyof IngestCounts]: number },
  updates: IngestUpdate[],
  candidateLimit: number,
  report: () => void,
): Promise<void> {
  const local = new BatchKeys();
  const prepared: Prepared[] = [];
  const known = await store.findByContentHash(docs.map((d) => d.contentHash));
  const storedHashes = await store.contentHashesOf(docs.map((d) => d.record.id));
  const seenHashes = new Map<string, string>();
  for (const { record, analyzed, keys, contentHash: hash } of docs) {
    const document: NewDocument = {
      id: record.id, path: record.path, url: record.url, outlet: record.outlet, published: record.published,
      title: record.extracted.title, language: analyzed.language, text: record.extracted.text, contentHash: hash,
    };
    const fresh = storedHashes.get(record.id) !== hash;
    const self = { id: record.id, analyzed, published: record.published };
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
    prepared.push({ document, keys, fresh, edges });
    counts.read++;
    report();
  }
  for (const p of prepared) {
    if (!p.fresh) continue;
    await store.putEdges(p.document.id, p.edges);
    counts.edges += p.edges.length;
  }
  const outcomes = await store.putDocuments(prepared.map(({ document, keys }) => ({ document, keys })));
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome === 'inserted') counts.ingested++;
    else if (outcome === 'updated') {
      counts.updated++;
      updates.push({ id: docs[i]!.record.id, origin: docs[i]!.record.origin });
    } else counts.unchanged++;
  }
  report();
}
