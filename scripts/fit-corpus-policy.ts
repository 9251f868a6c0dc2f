/**
 * @module scripts/fit-corpus-policy
 * `node --import tsx scripts/fit-corpus-policy.ts [--docs N] [--seed S]`: the evidence the corpus
 * policy's thresholds (src/corpus/policy.ts) were set on. On a synthetic reuse corpus (seed 2 by
 * default; the bench measures seed 1) it prints, per reuse kind, the containment both ways that
 * passage keys estimate for true pairs, and the same for the best-weighted pairs of different
 * families, with the verdict of aligning each true pair — so the cut-offs (reject below
 * `minContainment`; link without aligning at `nearCopy` both ways; `copy` at `exactCopy`) can be read
 * off, and the share of true pairs each would lose.
 */
import { parseArgs } from 'node:util';
import { align } from '../src/align/index.js';
import { estimate, rankByWeight, BatchIndex } from '../src/corpus/candidates.js';
import { DEFAULT_POLICY } from '../src/corpus/policy.js';
import { fingerprint, initFingerprint } from '../src/fingerprint/index.js';
import { extract } from '../src/extract/index.js';
import { prepareArticle } from '../src/pipeline/prepare.js';
import { judge } from '../src/verdict/index.js';
import { buildCorpus } from './corpus-synth.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, seed: { type: 'string', default: '2' } } });
await initFingerprint();
const corpus = buildCorpus(Number(values.docs), Number(values.seed));
const docs = corpus.docs.map((d) => {
  const { analyzed } = prepareArticle(extract(d.text, { format: 'text' }));
  return { id: d.id, analyzed, keys: fingerprint(analyzed) };
});
const byId = new Map(docs.map((d) => [d.id, d]));
const index = new BatchIndex();
for (const d of docs) index.add(d.id, { keys: d.keys, group: d.id, published: null });

const quantiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return [0, 0.01, 0.05, 0.5, 0.95, 0.99, 1].map((q) => (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN).toFixed(2)).join(' ');
};
console.log(`quantiles 0 1% 5% 50% 95% 99% 100% of estimated containment (max of both ways / min of both ways)`);
const byKind = new Map<string, { max: number[]; min: number[]; relations: Map<string, number> }>();
for (const e of corpus.edges) {
  const [a, b] = [byId.get(e.from)!, byId.get(e.to)!];
  const c = estimate(b.keys, a.id, { keys: a.keys, group: a.id, published: null }, 0);
  const k = byKind.get(e.kind) ?? byKind.set(e.kind, { max: [], min: [], relations: new Map() }).get(e.kind)!;
  k.max.push(Math.max(c.newInCandidate, c.candidateInNew));
  k.min.push(Math.min(c.newInCandidate, c.candidateInNew));
  const relation = judge(a.analyzed, b.analyzed, align(a.analyzed, b.analyzed)).relation;
  k.relations.set(relation, (k.relations.get(relation) ?? 0) + 1);
}
for (const [kind, k] of byKind) {
  console.log(`${kind.padEnd(20)} max ${quantiles(k.max)} | min ${quantiles(k.min)} | aligned verdicts ${[...k.relations].map(([r, n]) => `${r} ${n}`).join(', ')}`);
}
const unrelated = { max: [] as number[], min: [] as number[], bands: [] as number[] };
for (const d of docs) {
  for (const [id] of rankByWeight(index.keyPostings(d.keys), docs.length, DEFAULT_POLICY.shortlist, (o) => corpus.family[o] === corpus.family[d.id])) {
    const c = estimate(d.keys, id, index.entry(id)!, 0);
    unrelated.max.push(Math.max(c.newInCandidate, c.candidateInNew));
    unrelated.min.push(Math.min(c.newInCandidate, c.candidateInNew));
    unrelated.bands.push(c.sharedBands);
  }
}
console.log(`${'other families'.padEnd(20)} max ${quantiles(unrelated.max)} | min ${quantiles(unrelated.min)} | shared bands max ${Math.max(...unrelated.bands)}`);
