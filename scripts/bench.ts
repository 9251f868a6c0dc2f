/**
 * @module scripts/bench
 * `npm run bench [-- --windows 20000,100000] [--density constant,dense] [--budget S] [--threads N] [--seed S]
 * [--json FILE] [--peers-max N] [--skip-peers] [--skip-compare] [--skip-serve]`: corpus-mode figures on synthetic
 * reuse corpora with ground truth (see corpus-synth). For every corpus size in --windows (default a
 * quick 4,000) and every density (constant: 40% originals, about 1.5 derivatives per story, at any
 * size; dense: 5% originals, about 19 copies per story; unrelated: originals only), one ingest run
 * through `ingest()` into SQLite prints its rate per 2,000-document window, then the edges it found
 * (recall by reuse kind, precision) beside the peers run on the same documents in the same process:
 * the word 5-gram containment baseline, `minhash` and `bloom-filters`. --budget bounds each ingest
 * run in seconds (its figures then cover the documents read). Everything is also written as JSON
 * (default .bench/bench.json). --threads sets the prepare pool (default one fewer than the cores; 0:
 * inline). Then the `compare` timings of benchCompare() and the loopback load test of `serve` of
 * benchServe() (`--skip-serve` leaves it out). `--pool` measures the prepare pool alone
 * (see bench-prepare). A measurement, not a test.
 * `--store postgres [--docs N] [--workers 1,2] [--large N --large-index FILE]` runs scripts/bench-postgres.ts
 * instead (the PostgreSQL workers, 1 and 2 of them, SQLite beside them).
 * `--stories N` runs scripts/bench-stories.ts: `clusters` latency over the stored stories of N documents.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { trace } from '../src/corpus/index.js';
import { syntheticCorpus, type SyntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';
import { readSources } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { createPreparePool, defaultThreads } from '../src/corpus/prepare-pool.js';
import { storyThreadFor } from '../src/story-index/story-thread.js';
import { benchCompare } from './bench-compare.js';
import { benchServe } from './bench-serve.js';
import { benchPrepare } from './bench-prepare.js';
import { bloomAllPairs, fitNgramThreshold, minhashLsh, ngramBaseline, quality, subCorpus, type Quality } from './bench-peers.js';
import { ingestInWindows, type WindowedRun } from './bench-windows.js';
import { BBC, DENSITIES, newsWords, writeCorpus, type Density } from './corpus-synth.js';


const { values } = parseArgs({
  options: {
    windows: { type: 'string', default: '4000' },
    density: { type: 'string', default: 'constant,dense' },
    budget: { type: 'string' },
    threads: { type: 'string' },
    pool: { type: 'boolean' },
    window: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string', default: '.bench/bench.json' },
    'peers-max': { type: 'string', default: '5000' },
    'skip-compare': { type: 'boolean' },
    'skip-peers': { type: 'boolean' },
    'skip-serve': { type: 'boolean' },
    store: { type: 'string', default: 'sqlite' },
    docs: { type: 'string', default: '10000' },
    workers: { type: 'string' },
    large: { type: 'string' },
    'large-index': { type: 'string' },
    stories: { type: 'string' },
  },
});

interface Run {
  readonly density: Density;
  readonly size: number;
  /** Prepare-pool worker threads (0: inline). */
  readonly threads: number;
  readonly truthEdges: number;
  readonly ingest: Omit<WindowedRun, 'ids'>;
  readonly indexKiBPerDoc: number;
  readonly peakRssMiB: number;
  readonly traceMs: { readonly edgesP50: number; readonly edgesP95: number; readonly detailsP50: number; readonly detailsP95: number };
  readonly edges: Record<string, Quality & { docs?: number; threshold?: number }>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const words = newsWords();
// A corpus of pseudo-words has other key frequencies and costs: its figures are not the README's.
if (!words) console.warn(`bench: ${BBC} not found, so the synthetic corpora use pseudo-words; their figures are not comparable with the README's (run from a checkout beside ../shared)`);
const threads = () => (values.threads === undefined ? defaultThreads() : Number(values.threads));
const corpusOf = (docs: number, density: Density, seed: number) => syntheticCorpus({ docs, seed, words, originals: DENSITIES[density] });

async function benchRun(size: number, density: Density, thresholds: Map<Density, number>): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-'));
  try {
    const full = corpusOf(size, density, Number(values.seed));
    const file = writeCorpus(full, dir);
    const db = join(dir, 'bench.db');
    const store = await openSqliteStore(db);
    const budgetSeconds = values.budget === undefined ? undefined : Number(values.budget);
    const prepare = await createPreparePool({ threads: threads() });
    // As `ingest` runs it: with threads, the stories on a thread of their own.
    const stories = prepare.threads > 0 ? storyThreadFor(store) : null;
    const { ids, ...run } = await ingestInWindows(store, readSources([file]), { window: Number(values.window), budgetSeconds, ingest: { prepare, stories: stories ?? undefined } })
      .finally(async () => {
        await prepare.close();
        await stories?.close();
      });
    const corpus = run.stopped ? subCorpus(full, ids) : full;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const bytes = ['', '-wal'].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0)).reduce((a, b) => a + b, 0);
    const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 100)) === 0);
    const latency: number[][] = [[], []];
    for (const [k, details] of [false, true].entries()) {
      for (const id of sample) {
        const t = performance.now();
        await trace(store, id, { limit: 10, details });
        latency[k]!.push(performance.now() - t);
      }
    }
    const t = performance.now();
    // Every stored reuse edge, read from its source's end (stories list only the edges inside one story).
    const found: [string, string][] = [];
    for (const id of ids) for (const e of await store.edgesOf(id)) if (e.from === id && e.relation !== 'same-story') found.push([e.from, e.to]);
    await store.close();
    const edges: Run['edges'] = { newstrace: quality(corpus, found, run.seconds + (performance.now() - t) / 1000) };
    if (!values['skip-peers']) {
      const threshold = thresholds.get(density) ?? fitNgramThreshold(corpusOf(2000, density, Number(values.seed) + 1000));
      thresholds.set(density, threshold);
      edges['5-gram containment'] = { ...ngramBaseline(corpus, threshold), threshold };
      edges['minhash LshIndex'] = minhashLsh(corpus);
      edges['bloom-filters all pairs'] = bloomAllPairs(corpus, Number(values['peers-max']), 0.5);
    }
    return {
      density, size, threads: threads(), truthEdges: corpus.edges.length, ingest: run,
      indexKiBPerDoc: bytes / Math.max(1, run.docs) / 1024, peakRssMiB,
      traceMs: { edgesP50: percentile(latency[0]!, 0.5), edgesP95: percentile(latency[0]!, 0.95), detailsP50: percentile(latency[1]!, 0.5), detailsP95: percentile(latency[1]!, 0.95) },
      edges,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const num = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

function printRun(r: Run): void {
  const { ingest: run } = r;
  console.log(`\n${r.density} density, ${r.size} synthetic documents${run.stopped ? ` (budget: stopped after ${run.docs})` : ''}, SQLite, ${r.threads} prepare thread(s), ${r.truthEdges} truth edges`);
  console.log('  documents        seconds   docs/s  CPU ms/doc');
  for (const w of run.windows) console.log(`  ${`${w.from}-${w.to}`.padEnd(14)} ${num(w.seconds, 1)} ${num(w.docsPerSecond)}    ${num(w.cpuMsPerDoc, 2)}`);
  // A last window of under half the size (the tail of the input, or where a budget cut it) is shown but not compared.
  const full = run.windows.filter((w, i) => i === 0 || w.to - w.from >= Number(values.window) / 2);
  const rates = full.map((w) => w.docsPerSecond);
  console.log(`  all: ${run.docs} docs in ${run.seconds.toFixed(1)} s = ${run.docsPerSecond.toFixed(0)} docs/s; slowest window ${Math.min(...rates).toFixed(0)}, ` +
    `last/first ${(rates.at(-1)! / rates[0]!).toFixed(2)}; ${run.verified} pairs verified, ${run.edges} edges`);
  console.log(`  index ${r.indexKiBPerDoc.toFixed(1)} KiB/doc, peak RSS ${r.peakRssMiB.toFixed(0)} MiB; trace p50/p95: edges only ${r.traceMs.edgesP50.toFixed(1)}/${r.traceMs.edgesP95.toFixed(1)} ms, with details ${r.traceMs.detailsP50.toFixed(1)}/${r.traceMs.detailsP95.toFixed(1)} ms`);
  const kinds = Object.keys(r.edges.newstrace!.byKind).sort();
  console.log(`  edges                                  recall precision    pairs  seconds   recall by kind: ${kinds.join(', ')}`);
  for (const [name, q] of Object.entries(r.edges)) {
    const label = `${name}${q.threshold === undefined ? '' : ` >= ${q.threshold.toFixed(2)}`}${q.docs !== undefined && q.docs < r.ingest.docs ? ` (first ${q.docs})` : ''}`;
    console.log(`  ${label.padEnd(36)} ${num(q.recall, 3)}  ${num(q.precision, 3)} ${String(q.found).padStart(8)} ${num(q.seconds, 1)}   ${kinds.map((k) => (q.byKind[k] ?? NaN).toFixed(3)).join('  ')}`);
  }
}

async function main(): Promise<void> {
  if (values.stories) {
    process.exitCode = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-stories.ts'), values.stories], { stdio: 'inherit' }).status ?? 1;
    return;
  }
  if (values.store === 'postgres') {
    // PostgreSQL needs a server and worker processes: its own script, with the SQLite figure beside it.
    const args = ['--import', 'tsx', join(import.meta.dirname, 'bench-postgres.ts'), '--sqlite', '--corpus', 'synthetic', '--seed', values.seed!,
      '--docs', values.docs!, ...(values.workers ? ['--workers', values.workers] : []),
      ...(values.large ? ['--large', values.large, '--large-index', values['large-index'] ?? ''] : [])];
    process.exitCode = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
    return;
  }
  if (values.pool) {
    const p = await benchPrepare(corpusOf(Number(values.windows!.split(',')[0]), 'constant', Number(values.seed)));
    console.log(`prepare pool, ${p.docs} synthetic documents: ${Object.entries(p.docsPerSecond).map(([k, v]) => `${k} ${v} docs/s`).join(', ')}`);
    console.log(`  per document: prepare ${p.prepareUs} us; back to the writer structured-cloned ${p.structuredClone.senderUs} us + ${p.structuredClone.receiverUs} us ` +
      `(${(p.structuredClone.bytes / 1024).toFixed(1)} KiB), packed ${p.packed.senderUs} us + ${p.packed.receiverUs} us (${(p.packed.bytes / 1024).toFixed(1)} KiB) (sender + receiver)`);
    mkdirSync(dirname(resolve(values.json!)), { recursive: true });
    writeFileSync(resolve(values.json!), JSON.stringify({ seed: Number(values.seed), pool: p }, null, 2));
    return;
  }
  const densities = values.density!.split(',').map((d) => {
    if (!(d in DENSITIES)) throw new Error(`bench: unknown density '${d}' (${Object.keys(DENSITIES).join(', ')})`);
    return d as Density;
  });
  const thresholds = new Map<Density, number>();
  const runs: Run[] = [];
  const out = resolve(values.json!);
  for (const size of values.windows!.split(',').map(Number)) {
    for (const density of densities) {
      const run = await benchRun(size, density, thresholds);
      printRun(run);
      runs.push(run);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify({ seed: Number(values.seed), window: Number(values.window), runs }, null, 2));
    }
  }
  console.log(`\n(5-gram threshold: the lowest keeping precision >= 0.99 on a 2,000-document corpus of seed ${Number(values.seed) + 1000}; JSON in ${out})`);
  if (!values['skip-compare']) {
    console.log('compare:');
    for (const r of await benchCompare()) console.log(`  ${r.name}: ${r.value.toFixed(2)} ${r.unit}`);
  }
  if (!values['skip-serve']) {
    console.log('serve under load (loopback, 4 connections):');
    for (const r of await benchServe()) console.log(`  ${r.name}: ${r.value.toFixed(r.unit === 'ms' ? 1 : 0)} ${r.unit}`);
  }
}

await main();
