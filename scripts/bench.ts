/**
 * @module scripts/bench
 * `npm run bench [-- --docs N] [--seed S] [--peers-max N] [--skip-compare]`: corpus-mode figures on a
 * synthetic reuse corpus with ground truth (see corpus-synth): ingest throughput, index size per
 * document, peak memory, `trace` latency, and recall/precision of the verified edges; in the same run
 * the npm peers `bloom-filters` (MinHash, all pairs) and `minhash` (MinHash + LshIndex) on the same
 * corpus; then the `compare` timings of benchCompare() and the loopback load test of `serve` of
 * benchServe() (`--skip-serve` leaves it out). A measurement, not a test.
 * `--store postgres [--workers 1,2] [--large N --large-index FILE]` runs scripts/bench-postgres.ts instead
 * (1 and 2 workers, SQLite beside them; trace latency at N documents on SQLite and on a PostgreSQL copy).
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import bloomFilters from 'bloom-filters';
// @ts-expect-error: the package ships no types
import minhashPackage from 'minhash';
import { clusters, ingest, trace } from '../src/corpus/index.js';
import type { SyntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';
import { readSources } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { benchCompare } from './bench-compare.js';
import { benchServe } from './bench-serve.js';
import { buildCorpus, writeCorpus } from './corpus-synth.js';

interface Quality {
  recall: number;
  precision: number;
  found: number;
  seconds: number;
  byKind?: Record<string, number>;
}

const { MinHashFactory } = bloomFilters;
const { Minhash, LshIndex } = minhashPackage as { Minhash: new () => { update(s: string): void }; LshIndex: new () => { insert(id: string, m: unknown): void; query(m: unknown): string[] } };

const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Recall over direct truth edges; precision counts a found pair right when both are of one family. */
function quality(corpus: SyntheticCorpus, found: Iterable<[string, string]>, seconds: number): Quality {
  const pairs = new Set<string>();
  let right = 0;
  for (const [a, b] of found) {
    const key = pairKey(a, b);
    if (pairs.has(key)) continue;
    pairs.add(key);
    if (corpus.family[a] === corpus.family[b]) right++;
  }
  const byKindTotal: Record<string, [number, number]> = {};
  let hit = 0;
  for (const e of corpus.edges) {
    const ok = pairs.has(pairKey(e.from, e.to));
    if (ok) hit++;
    const k = (byKindTotal[e.kind] ??= [0, 0]);
    k[0] += ok ? 1 : 0;
    k[1]++;
  }
  const byKind = Object.fromEntries(Object.entries(byKindTotal).map(([k, [h, n]]) => [k, h / n]));
  return { recall: hit / corpus.edges.length, precision: pairs.size ? right / pairs.size : 1, found: pairs.size, seconds, byKind };
}

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return [...out];
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2147483647;
}

/** bloom-filters MinHash, every pair compared (its package offers no index). */
function bloomAllPairs(corpus: SyntheticCorpus, limit: number, threshold: number): Quality & { docs: number } {
  const docs = corpus.docs.slice(0, limit);
  const start = performance.now();
  const factory = new MinHashFactory(128, 2147483647);
  const sigs = docs.map((d) => {
    const m = factory.create();
    const values = [...new Set(shingles(d.text).map(fnv))];
    if (values.length) m.bulkLoad(values);
    return m;
  });
  const found: [string, string][] = [];
  for (let i = 0; i < sigs.length; i++) {
    for (let j = i + 1; j < sigs.length; j++) {
      if (sigs[i]!.isEmpty() || sigs[j]!.isEmpty()) continue;
      if (sigs[i]!.compareWith(sigs[j]!) >= threshold) found.push([docs[i]!.id, docs[j]!.id]);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { ...quality(subCorpus(corpus, docs.map((d) => d.id)), found, seconds), docs: docs.length };
}

/** minhash (npm) with its LshIndex: insert every document, query each. */
function minhashLsh(corpus: SyntheticCorpus): Quality {
  const start = performance.now();
  const index = new LshIndex();
  const hashes = new Map<string, unknown>();
  for (const d of corpus.docs) {
    const m = new Minhash();
    for (const s of shingles(d.text)) m.update(s);
    hashes.set(d.id, m);
    index.insert(d.id, m);
  }
  const found: [string, string][] = [];
  for (const [id, m] of hashes) for (const other of index.query(m) as string[]) if (other !== id) found.push([id, other]);
  return quality(corpus, found, (performance.now() - start) / 1000);
}

/** The corpus restricted to `ids`: truth edges with both ends inside. */
function subCorpus(corpus: SyntheticCorpus, ids: readonly string[]): SyntheticCorpus {
  const inside = new Set(ids);
  return { ...corpus, edges: corpus.edges.filter((e) => inside.has(e.from) && inside.has(e.to)) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const fmt = (q: Quality) => `recall ${q.recall.toFixed(3)}  precision ${q.precision.toFixed(3)}  (${q.found} pairs, ${q.seconds.toFixed(1)} s)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'peers-max': { type: 'string', default: '5000' },
      'skip-compare': { type: 'boolean' },
      'skip-peers': { type: 'boolean' },
      'skip-serve': { type: 'boolean' },
      store: { type: 'string', default: 'sqlite' },
      workers: { type: 'string' },
      large: { type: 'string' },
      'large-index': { type: 'string' },
    },
  });
  if (values.store === 'postgres') {
    // PostgreSQL needs a server and worker processes: its own script, with the SQLite figure beside it.
    const args = ['--import', 'tsx', join(import.meta.dirname, 'bench-postgres.ts'), '--sqlite', '--corpus', 'synthetic', '--seed', values.seed!,
      '--docs', values.docs!, ...(values.workers ? ['--workers', values.workers] : []),
      ...(values.large ? ['--large', values.large, '--large-index', values['large-index'] ?? ''] : [])];
    process.exitCode = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
    return;
  }
  const n = Number(values.docs);
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-'));
  try {
    const corpus = buildCorpus(n, Number(values.seed));
    const file = writeCorpus(corpus, dir);
    const db = join(dir, 'bench.db');
    const store = await openSqliteStore(db);
    const summary = await ingest(store, readSources([file]), { batchSize: 500 });
    const rss = process.resourceUsage().maxRSS / 1024;
    const bytes = ['', '-wal'].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0)).reduce((a, b) => a + b, 0);
    console.log(`newstrace corpus mode, ${n} synthetic documents (${corpus.edges.length} truth edges), SQLite`);
    console.log(`  ingest: ${summary.read} docs in ${summary.seconds.toFixed(1)} s = ${(summary.read / summary.seconds).toFixed(0)} docs/s (one process)`);
    console.log(`  index size: ${(bytes / n / 1024).toFixed(1)} KiB/doc (text included)   peak RSS: ${rss.toFixed(0)} MiB`);
    const ids = corpus.docs.filter((_, i) => i % Math.max(1, Math.floor(n / 300)) === 0).map((d) => d.id);
    for (const details of [false, true]) {
      const times: number[] = [];
      for (const id of ids) {
        const t = performance.now();
        await trace(store, id, { limit: 10, details });
        times.push(performance.now() - t);
      }
      console.log(`  trace${details ? ' with passages+facts' : ' (edges only)'}: p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms  (${ids.length} ids)`);
    }
    const t = performance.now();
    const found = (await clusters(store)).clusters.flatMap((c) => c.edges.map((e): [string, string] => [e.from, e.to]));
    const ours = quality(corpus, found, summary.seconds + (performance.now() - t) / 1000);
    console.log(`  edges (derived-from, clusters): ${fmt(ours)}`);
    console.log(`    recall by kind: ${Object.entries(ours.byKind!).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
    await store.close();
    if (!values['skip-peers']) {
      const lsh = minhashLsh(corpus);
      console.log(`  peer minhash (npm, LshIndex, word 3-grams): ${fmt(lsh)}; newstrace is ${(lsh.seconds / ours.seconds).toFixed(2)}x its speed`);
      const bloom = bloomAllPairs(corpus, Number(values['peers-max']), 0.5);
      const scale = (n / bloom.docs) ** 2;
      console.log(`  peer bloom-filters MinHash all pairs (J >= 0.5, first ${bloom.docs} docs): ${fmt(bloom)}` +
        `${bloom.docs < n ? `; about ${(bloom.seconds * scale).toFixed(0)} s at ${n} (quadratic)` : ''}; newstrace is ${((bloom.seconds * scale) / ours.seconds).toFixed(2)}x its speed`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
