/**
 * PostgreSQL ingest/trace benchmark. `--corpus bbc` (default): BBC News 2225 articles from ../shared
 * (not copied into the repository), plus retellings of them (sentences reordered, one dropped) to
 * reach --docs, so every article beyond the first 2225 has dozens of close relatives (a worst case for
 * verification). `--corpus synthetic`: the seeded reuse corpus of `npm run bench` (stories with a few
 * derivatives each), which `npm run bench -- --store postgres` uses.
 * Usage: node --import tsx scripts/bench-postgres.ts [--docs N] [--corpus bbc|synthetic] [--seed S] [--workers 1,2] [--sqlite]
 *   [--large N --large-index FILE] [--json]
 * --large N: latency at N synthetic documents as well. That index is built in-process into the SQLite
 * file FILE (kept: at 100k documents it takes most of an hour; an existing FILE is reused), its trace
 * latencies are measured there, then it is copied into PostgreSQL with `copy-index` and measured again.
 * (--sqlite first ingests the same documents in-process into a SQLite file and measures the same
 * latencies on it, as a baseline; --workers lists the worker counts to measure, default 1,2.)
 * (`npm run bench -- --store postgres` runs the same benchmark on the synthetic corpus.)
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ingest } from '../src/corpus/ingest.js';
import type { SourceItem } from '../src/ingest/types.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildCorpus } from './corpus-synth.js';
import { benchPostgres, latencyOfPostgresCopy, measureLatency, type IndexLatency } from '../src/store/postgres/test-support/bench-postgres.js';

const { values } = parseArgs({ options: {
  docs: { type: 'string' }, json: { type: 'boolean' }, sqlite: { type: 'boolean' }, workers: { type: 'string' },
  corpus: { type: 'string', default: 'bbc' }, seed: { type: 'string', default: '1' },
  large: { type: 'string' }, 'large-index': { type: 'string' },
} });
if (values.large && !values['large-index']) {
  console.error('bench-postgres: --large needs --large-index FILE (where the large SQLite index is kept)');
  process.exit(2);
}
const workers = (values.workers ?? '1,2').split(',').map(Number);
const docs = Number(values.docs ?? 2000);
const file = resolve(import.meta.dirname, '../../shared/data/bbc-news-2225/bbc_news_2225.jsonl');
if (values.corpus === 'bbc' && !existsSync(file)) {
  console.error(`bench-postgres: ${file} is missing; the benchmark needs ../shared`);
  process.exit(1);
}

function item(id: string, title: string, text: string, outlet: string | null = 'BBC News'): SourceItem {
  return {
    kind: 'document',
    record: {
      id, path: null, url: null, outlet, published: null, origin: id,
      extracted: { format: 'text', title, byline: null, published: null, declaredLanguage: 'en', siteName: null, url: null, text },
    },
  };
}

async function* bbcCorpus(): AsyncIterable<SourceItem> {
  const originals: { id: string; title: string; text: string }[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const row = JSON.parse(line) as { doc_id: string; title: string; text: string };
    originals.push({ id: row.doc_id, title: row.title, text: row.text });
    yield item(row.doc_id, row.title, row.text);
  }
  for (let i = 0; ; i++) {
    const source = originals[(i * 7) % originals.length]!;
    const paragraphs = source.text.split(/\n+/).filter(Boolean);
    const retold = [...paragraphs.slice(1).reverse(), ...paragraphs.slice(0, 1)].filter((_, k) => k !== 2 || paragraphs.length < 5);
    yield item(`retold/${i}`, `Retold: ${source.title}`, retold.join('\n\n'));
  }
}

const synthetic = values.corpus === 'synthetic' ? buildCorpus(docs, Number(values.seed)) : null;
const corpus = synthetic ? () => synthetic.docs.map((d) => item(d.id, d.title, d.text, null)) : bbcCorpus;

type Ingested = { docsPerSecond: number; seconds: number; edges: number };
const round = (n: number) => Math.round(n * 100) / 100;

/** `items` ingested in-process into the SQLite file `path`, with latencies measured on it. */
async function sqliteIndex(path: string, items: () => AsyncIterable<SourceItem> | Iterable<SourceItem>, count: number): Promise<Ingested & IndexLatency> {
  const store = await openSqliteStore(path);
  try {
    async function* first() { let n = 0; for await (const item of items()) { yield item; if (++n >= count) return; } }
    const summary = await ingest(store, first(), { batchSize: 50 });
    const edges = (await store.allEdges()).length;
    return { docsPerSecond: round(summary.read / summary.seconds), seconds: round(summary.seconds), edges, ...(await measureLatency(store)) };
  } finally {
    await store.close();
  }
}

const describe = (name: string, r: Partial<Ingested> & IndexLatency) =>
  `${name} (${r.docs} docs): ${r.docsPerSecond === undefined ? '' : `${r.docsPerSecond} docs/s, ${r.edges} edges; `}trace (edges) p50 ${r.traceEdgesMs.p50} ms, p95 ${r.traceEdgesMs.p95} ms; ` +
  `trace (details) p50 ${r.traceMs.p50} ms, p95 ${r.traceMs.p95} ms; candidates p50 ${r.candidatesMs.p50} ms, p95 ${r.candidatesMs.p95} ms`;

/** The single-writer baseline: the same documents ingested in-process into a throw-away SQLite file. */
async function sqliteBaseline(): Promise<Ingested & IndexLatency> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-'));
  try {
    return await sqliteIndex(join(dir, 'bench.db'), corpus, docs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Latencies at `--large` documents: on the kept SQLite index, then on its copy in PostgreSQL. */
async function largeIndex(count: number, path: string) {
  let built: (Ingested & IndexLatency) | null = null;
  let sqliteLatency: IndexLatency;
  if (existsSync(path)) {
    const store = await openSqliteStore(path);
    try {
      sqliteLatency = await measureLatency(store);
    } finally {
      await store.close();
    }
  } else {
    console.error(`large: building ${path} from ${count} synthetic documents…`);
    const large = buildCorpus(count, Number(values.seed));
    sqliteLatency = built = await sqliteIndex(path, () => large.docs.map((d) => item(d.id, d.title, d.text, null)), count);
  }
  console.error(describe('large, sqlite', built ?? sqliteLatency));
  const postgres = await latencyOfPostgresCopy(path);
  console.error(`large, postgres: copied in ${postgres.copySeconds} s; ${describe('postgres', postgres)}; ${postgres.bytesPerDocument} bytes/document`);
  return { built, sqlite: sqliteLatency, postgres };
}

const sqlite = values.sqlite ? await sqliteBaseline() : null;
if (sqlite) console.error(describe('sqlite, in-process', sqlite));
const result = await benchPostgres({ docs, corpus, workers, log: (line) => console.error(line) });
const large = values.large ? await largeIndex(Number(values.large), resolve(values['large-index']!)) : null;
if (values.json) console.log(JSON.stringify({ ...result, sqlite, large }, null, 2));
else {
  for (const run of result.ingest) console.log(`ingest, ${run.workers} worker(s): ${run.docsPerSecond} docs/s (${run.documents} docs, ${run.seconds} s, ${run.edges} edges)`);
  console.log(`trace by id, stored edges: p50 ${result.traceEdgesMs.p50} ms, p95 ${result.traceEdgesMs.p95} ms (${result.traceEdgesMs.samples} samples)`);
  console.log(`trace by id, with details: p50 ${result.traceMs.p50} ms, p95 ${result.traceMs.p95} ms`);
  console.log(`candidate lookup: p50 ${result.candidatesMs.p50} ms, p95 ${result.candidatesMs.p95} ms`);
  console.log(`index size: ${result.bytesPerDocument} bytes/document at ${result.docs} documents`);
}
