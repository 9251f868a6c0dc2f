/**
 * @module scripts/profile-windows
 * `node --import tsx scripts/profile-windows.ts FILE.jsonl [--db FILE] [--window N] [--threads N]`:
 * where an ingest's time goes as the index grows. It ingests FILE (e.g. from `npm run corpus:synth`)
 * into a new SQLite file through the public `ingest()` and prints, per window of documents, the
 * rate, the work per document (candidates estimated, pairs aligned, pairs linked on their estimate,
 * edges) and the wall time per document of the store calls that took most. The bench says whether
 * a window slowed; this says which part did, and whether the work per document grew with it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/corpus/index.js';
import { createPreparePool } from '../src/corpus/prepare-pool.js';
import { readSources } from '../src/ingest/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

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
const work = () => ({ candidates: 0, aligned: 0, estimated: 0, edges: 0 });
let sums = work();
let documents = 0;
let mark = performance.now();
const perDoc = (x: number) => (x / window).toFixed(2);
try {
  await ingest(store, readSources(positionals), {
    prepare: pool,
    onDocument: (r) => {
      documents++;
      sums = { candidates: sums.candidates + r.candidates, aligned: sums.aligned + r.aligned, estimated: sums.estimated + r.estimated, edges: sums.edges + r.edges.length };
      if (documents % window !== 0) return;
      const now = performance.now();
      const calls = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name} ${perDoc(ms)}`).join(', ');
      process.stdout.write(`${documents - window}-${documents}: ${(window / ((now - mark) / 1000)).toFixed(0)} docs/s; per doc: candidates ${perDoc(sums.candidates)}, aligned ${perDoc(sums.aligned)}, `
        + `estimated ${perDoc(sums.estimated)}, edges ${perDoc(sums.edges)}; store ms/doc: ${calls}\n`);
      sums = work();
      spent.clear();
      mark = now;
    },
  });
} finally {
  await pool.close();
}
