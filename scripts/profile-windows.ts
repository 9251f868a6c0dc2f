/**
 * @module scripts/profile-windows
 * `node --import tsx scripts/profile-windows.ts FILE.jsonl [--db FILE] [--window N] [--threads N]`:
 * where an ingest's time goes as the index grows. It ingests FILE (e.g. from `npm run corpus:synth`)
 * into a new SQLite file through the bench's windowed ingest (scripts/bench-windows) and prints, per
 * window of documents, the rate and CPU time per document, the work per document (candidates
 * estimated, pairs aligned, pairs linked on their estimate, edges) and the wall time per document of
 * the store calls that took most. The bench says whether
 * a window slowed; this says which part did, and whether the work per document grew with it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../src/corpus/policy.js';
import { createPreparePool } from '../src/corpus/prepare-pool.js';
import { readSources } from '../src/ingest/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingestInWindows, type WindowedRun } from './bench-windows.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string', default: '.bench/profile-windows.db' }, window: { type: 'string', default: '2000' }, threads: { type: 'string', default: '1' } },
});
if (positionals.length !== 1) {
  process.stderr.write('Usage: node --import tsx scripts/profile-windows.ts FILE.jsonl [--db FILE] [--window N] [--threads N]\n');
  process.exit(2);
}
const window = Number(values.window);
mkdirSync(dirname(values.db!), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(values.db + suffix, { force: true });
const store = new SqliteStore(values.db!);
await store.migrate();

/** Wall time spent in each async method of `target` (the Store's calls), by name. */
const spent = new Map<string, number>();
function timeCalls(target: object, methods: readonly string[], prefix: string): void {
  const calls = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of methods) {
    const call = calls[name]!.bind(target);
    calls[name] = async (...args) => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        spent.set(prefix + name, (spent.get(prefix + name) ?? 0) + performance.now() - started);
      }
    };
  }
}
timeCalls(store, ['putDocuments', 'keyPostings', 'indexEntries', 'putEdges', 'edgesOf', 'edgesBetween', 'findByContentHash', 'contentHashesOf', 'getDocument'], '');
timeCalls(store.stories, ['putStories', 'storyFrequencies', 'findStoryIds', 'getStories', 'storiesOf'], 'stories.');

const pool = await createPreparePool({ threads: Number(values.threads) });
/** Per window, in the order the bench's windows close: the work of its documents and its store calls' time. */
interface WindowParts { documents: number; candidates: number; aligned: number; estimated: number; edges: number; calls: [string, number][] }
const parts: WindowParts[] = [];
const open = (): WindowParts => ({ documents: 0, candidates: 0, aligned: 0, estimated: 0, edges: 0, calls: [] });
let current = open();
const closeWindow = () => {
  current.calls = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 6);
  parts.push(current);
  spent.clear();
  current = open();
};
let run: WindowedRun;
let written = 0;
try {
  // The windows (rate, CPU per document) are the bench's own; a window's parts close after the same
  // batch. Stories are assigned inline here, so that their store calls are timed (the bench and
  // `ingest` assign them on a thread of their own): a batch's are written while the next is linked.
  run = await ingestInWindows(store, readSources(positionals), {
    window,
    ingest: {
      prepare: pool,
      onDocument: (r) => {
        if (r.outcome === 'skipped') return;
        current.documents++;
        current.candidates += r.candidates;
        current.aligned += r.aligned;
        current.estimated += r.estimated;
        current.edges += r.edges.length;
        // The bench closes a window at the first written batch that fills it: so do these parts.
        if (++written % DEFAULT_POLICY.batchSize === 0 && current.documents >= window) closeWindow();
      },
    },
  });
} finally {
  await pool.close();
}
if (current.documents > 0) closeWindow();
for (const [i, w] of run.windows.entries()) {
  const p = parts[i]!;
  const perDoc = (x: number) => (x / p.documents).toFixed(2);
  const calls = p.calls.map(([name, ms]) => `${name} ${perDoc(ms)}`).join(', ');
  process.stdout.write(`${w.from}-${w.to}: ${w.docsPerSecond.toFixed(0)} docs/s, ${w.cpuMsPerDoc.toFixed(2)} CPU ms/doc; per doc: candidates ${perDoc(p.candidates)}, aligned ${perDoc(p.aligned)}, `
    + `estimated ${perDoc(p.estimated)}, edges ${perDoc(p.edges)}; store ms/doc: ${calls}\n`);
}
