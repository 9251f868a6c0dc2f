/**
 * @module scripts/fit-corpus-bounds
 * `node --import tsx scripts/fit-corpus-bounds.ts [--docs N] [--seed S] [--density constant|dense|unrelated]
 * [--set name=v1,v2 ...]`: the evidence for the corpus policy's cost bounds (src/corpus/policy.ts:
 * maxSources, maxClasses, postings.perKey, ... any number). For every combination of the
 * values given with --set (the default policy's value where none is), one ingest of the synthetic
 * corpus (seed 2 by default: the bench measures seed 1) into a fresh SQLite file prints the edge
 * recall and precision the bench prints (stored reuse edges read from their source's end), recall by
 * reuse kind, pairs aligned per document and CPU ms per document (all threads; the first ingest's
 * includes the compiler's warm-up, so to compare CPU give the values twice: --set maxSources=2,3,2,3).
 * Fit on one seed, then run it again on another seed and the other density before changing a bound.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/corpus/index.js';
import { createPreparePool } from '../src/corpus/prepare-pool.js';
import { DEFAULT_POLICY, type IndexPolicy } from '../src/corpus/policy.js';
import { readSources } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { quality } from './bench-peers.js';
import { DENSITIES, buildCorpus, writeCorpus, type Density } from './corpus-synth.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '2' },
    density: { type: 'string', default: 'dense' },
    set: { type: 'string', multiple: true, default: [] },
  },
});
if (!(values.density! in DENSITIES)) throw new Error(`fit-corpus-bounds: unknown density '${values.density}'`);
/** A number of the policy by its path: `maxSources`, `postings.perKey`. */
const valueAt = (policy: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], policy);
function withValue<T>(policy: T, path: string, value: number): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const inner = (policy as Record<string, unknown>)[head];
  return { ...policy, [head]: rest.length === 0 ? value : withValue(inner, rest.join('.'), value) };
}
const grid = values.set!.map((s) => {
  const [name, list] = s.split('=');
  if (!name || !list || typeof valueAt(DEFAULT_POLICY, name) !== 'number') throw new Error(`fit-corpus-bounds: --set ${s}: not name=v1,v2 of a number in the policy (a.b for a nested one)`);
  return { name, values: list.split(',').map(Number) };
});
const policies = grid.reduce<IndexPolicy[]>((list, { name, values: vs }) => list.flatMap((p) => vs.map((v) => withValue(p, name, v))), [DEFAULT_POLICY]);

const corpus = buildCorpus(Number(values.docs), Number(values.seed), values.density as Density);
const dir = mkdtempSync(join(tmpdir(), 'newstrace-fit-bounds-'));
try {
  const file = writeCorpus(corpus, dir);
  console.log(`${values.density} density, seed ${values.seed}, ${corpus.docs.length} documents, ${corpus.edges.length} truth edges`);
  for (const [i, policy] of policies.entries()) {
    const store = await openSqliteStore(join(dir, `fit-${i}.db`));
    const prepare = await createPreparePool({ threads: 1 });
    let aligned = 0;
    const cpu = process.cpuUsage();
    const summary = await ingest(store, readSources([file]), { policy, batchSize: 500, prepare, onDocument: (r) => (aligned += r.aligned) }).finally(() => prepare.close());
    const { user, system } = process.cpuUsage(cpu);
    const found: [string, string][] = [];
    for (const d of corpus.docs) for (const e of await store.edgesOf(d.id)) if (e.from === d.id && e.relation !== 'same-story') found.push([e.from, e.to]);
    await store.close();
    const q = quality(corpus, found, 0);
    const named = grid.map(({ name }) => `${name} ${valueAt(policy, name)}`).join(', ') || 'default policy';
    const kinds = Object.entries(q.byKind).sort().map(([k, r]) => `${k} ${r.toFixed(3)}`).join(', ');
    console.log(`${named.padEnd(32)} recall ${q.recall.toFixed(4)} precision ${q.precision.toFixed(4)} | ${(aligned / summary.ingested).toFixed(2)} aligned/doc, ${((user + system) / 1000 / summary.ingested).toFixed(2)} CPU ms/doc | ${kinds}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
