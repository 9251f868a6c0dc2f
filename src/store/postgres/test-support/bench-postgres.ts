/**
 * @module store/postgres/test-support/bench-postgres
 * The PostgreSQL benchmark behind `npm run bench -- --store postgres`: on an embedded server, the
 * same corpus is enqueued and indexed by 1 and by 2 worker processes (throughput from the first job
 * start to the last job end, so process start-up is not counted), then `trace` and candidate lookup
 * latencies and the database size per document are measured on the result.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, maxFrequency } from '../../../corpus/policy.js';
import { trace } from '../../../corpus/trace.js';
import type { SourceItem } from '../../../ingest/types.js';
import { enqueueSources } from '../../../queue/enqueue-sources.js';
import type { Store } from '../../store.js';
import { copyIndex } from '../../copy-index.js';
import { openSqliteStore } from '../../sqlite/sqlite-store.js';
import { createPostgresStore } from '../postgres-store.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface PostgresBenchOptions {
  readonly docs: number;
  /** The corpus, read once per run; must yield at least `docs` documents. */
  readonly corpus: () => AsyncIterable<SourceItem> | Iterable<SourceItem>;
  /** Worker counts to measure (default [1, 2]). */
  readonly workers?: readonly number[];
  /** Documents per job (default 50). */
  readonly batchSize?: number;
  /** Documents traced for latency (default 100). */
  readonly samples?: number;
  readonly log?: (line: string) => void;
}

export interface IngestRun {
  readonly workers: number;
  readonly documents: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  readonly edges: number;
}

/** Query latencies on a built index. */
export interface IndexLatency {
  readonly docs: number;
  /** `trace` reading the stored edges only (`details: false`). */
  readonly traceEdgesMs: { readonly p50: number; readonly p95: number; readonly samples: number };
  /** `trace` with each shown pair re-aligned for passages and first facts (the default). */
  readonly traceMs: { readonly p50: number; readonly p95: number; readonly samples: number };
  readonly candidatesMs: { readonly p50: number; readonly p95: number };
}

export interface PostgresBenchResult extends IndexLatency {
  readonly store: 'postgres';
  readonly ingest: readonly IngestRun[];
  readonly bytesPerDocument: number;
}

const WORKER = fileURLToPath(new URL('../../../queue/test-support/worker-process.ts', import.meta.url));

interface BatchLine { batch?: string[]; start?: number; end?: number }

/** Stored edges, counting those of the workers' link pass too. */
async function countEdges(url: string): Promise<number> {
  const store = await createPostgresStore(url);
  try {
    return (await store.allEdges()).length;
  } finally {
    await store.close();
  }
}

async function* take(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, count: number): AsyncIterable<SourceItem> {
  let n = 0;
  for await (const item of items) {
    if (item.kind !== 'document') continue;
    yield item;
    if (++n >= count) return;
  }
}

/** Runs `count` worker processes until the queue is empty; returns their batch lines. */
async function runWorkers(url: string, count: number): Promise<BatchLine[]> {
  const lines: BatchLine[] = [];
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env: { ...process.env, NT_URL: url, NT_CONCURRENCY: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(JSON.parse(line) as BatchLine));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  })));
  return lines;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

/** `trace` by id and candidate lookup latencies over `samples` documents spread across the index. */
export async function measureLatency(store: Store, samples = 100): Promise<IndexLatency> {
  const ids: string[] = [];
  for (let after: string | undefined; ;) {
    const page = await store.listDocuments({ after, limit: 1000 });
    if (page.length === 0) break;
    ids.push(...page.map((d) => d.id));
    after = page[page.length - 1]!.id;
  }
  const every = Math.max(1, Math.floor(ids.length / samples));
  const sample = ids.filter((_, i) => i % every === 0);
  const edgeTimes: number[] = [];
  const traceTimes: number[] = [];
  const candidateTimes: number[] = [];
  for (const id of sample) {
    let t = performance.now();
    await trace(store, id, { details: false });
    edgeTimes.push(performance.now() - t);
    t = performance.now();
    await trace(store, id);
    traceTimes.push(performance.now() - t);
    const keys = (await store.getKeys(id))!;
    t = performance.now();
    await store.keyPostings(keys, { perKey: DEFAULT_POLICY.postings.perKey, maxFrequency: maxFrequency(DEFAULT_POLICY, ids.length) });
    candidateTimes.push(performance.now() - t);
  }
  const summary = (times: number[]) => {
    times.sort((a, b) => a - b);
    return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
  };
  return {
    docs: ids.length,
    traceEdgesMs: { ...summary(edgeTimes), samples: sample.length },
    traceMs: { ...summary(traceTimes), samples: sample.length },
    candidatesMs: summary(candidateTimes),
  };
}

/** Copies the SQLite index at `path` into a fresh PostgreSQL database and measures its latencies. */
export async function latencyOfPostgresCopy(path: string, samples?: number): Promise<IndexLatency & { copySeconds: number; bytesPerDocument: number }> {
  const server = await startEmbeddedPostgres();
  try {
    const source = await openSqliteStore(path);
    const target = await createPostgresStore(await server.createDatabase());
    try {
      const copied = await copyIndex(source, target, { batchSize: 500 });
      await target.analyze();
      const latency = await measureLatency(target, samples);
      return { ...latency, copySeconds: round(copied.seconds), bytesPerDocument: Math.round((await target.indexBytes()) / Math.max(1, latency.docs)) };
    } finally {
      await target.close();
      await source.close();
    }
  } finally {
    await server.stop();
  }
}

export async function benchPostgres(options: PostgresBenchOptions): Promise<PostgresBenchResult> {
  const log = options.log ?? (() => undefined);
  const server = await startEmbeddedPostgres();
  try {
    const runs: IngestRun[] = [];
    let lastUrl = '';
    for (const workers of options.workers ?? [1, 2]) {
      const url = await server.createDatabase();
      await (await createPostgresStore(url)).close();
      const queued = await enqueueSources(url, take(options.corpus(), options.docs), { batchSize: options.batchSize ?? 50 });
      log(`postgres: ${queued.enqueued} documents in ${queued.jobs} jobs; indexing with ${workers} worker(s)…`);
      const lines = (await runWorkers(url, workers)).filter((l) => l.batch);
      const seconds = (Math.max(...lines.map((l) => l.end!)) - Math.min(...lines.map((l) => l.start!))) / 1000;
      const documents = lines.reduce((n, l) => n + l.batch!.length, 0);
      const edges = await countEdges(url);
      runs.push({ workers, documents, seconds: round(seconds), docsPerSecond: round(documents / seconds), edges });
      log(`postgres: ${workers} worker(s): ${documents} documents in ${seconds.toFixed(1)} s (${(documents / seconds).toFixed(0)} docs/s), ${edges} edges`);
      lastUrl = url;
    }
    const store = await createPostgresStore(lastUrl);
    try {
      const latency = await measureLatency(store, options.samples);
      const size = await store.indexBytes();
      return { store: 'postgres', ...latency, ingest: runs, bytesPerDocument: Math.round(size / Math.max(1, latency.docs)) };
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}
