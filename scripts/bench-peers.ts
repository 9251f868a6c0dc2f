/**
 * @module scripts/bench-peers
 * What `npm run bench` measures edges with: recall and precision against the synthetic ground truth,
 * and the peers run on the same corpus — the word 5-gram containment baseline (its threshold fitted
 * on a corpus of another seed), `minhash` (npm, MinHash + LshIndex) and `bloom-filters` (MinHash,
 * all pairs, on the first documents only since it is quadratic).
 */
import bloomFilters from 'bloom-filters';
// @ts-expect-error: the package ships no types
import minhashPackage from 'minhash';
import { ngramPairs } from '../src/eval/ngram-corpus.js';
import type { SyntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';

export interface Quality {
  readonly recall: number;
  readonly precision: number;
  readonly found: number;
  readonly seconds: number;
  readonly byKind: Record<string, number>;
}

const { MinHashFactory } = bloomFilters;
const { Minhash, LshIndex } = minhashPackage as { Minhash: new () => { update(s: string): void }; LshIndex: new () => { insert(id: string, m: unknown): void; query(m: unknown): string[] } };

const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Recall over direct truth edges; precision counts a found pair right when both are of one family. */
export function quality(corpus: SyntheticCorpus, found: Iterable<[string, string]>, seconds: number): Quality {
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
  return { recall: corpus.edges.length ? hit / corpus.edges.length : 1, precision: pairs.size ? right / pairs.size : 1, found: pairs.size, seconds, byKind };
}

/** The corpus restricted to `ids`: its documents and the truth edges with both ends inside. */
export function subCorpus(corpus: SyntheticCorpus, ids: Iterable<string>): SyntheticCorpus {
  const inside = new Set(ids);
  return { ...corpus, docs: corpus.docs.filter((d) => inside.has(d.id)), edges: corpus.edges.filter((e) => inside.has(e.from) && inside.has(e.to)) };
}

/**
 * The lowest containment at which the baseline's pairs on `corpus` keep precision >= `precision`
 * (the operating point of the target), so recall is as high as that precision allows.
 */
export function fitNgramThreshold(corpus: SyntheticCorpus, precision = 0.99): number {
  const pairs = [...ngramPairs(corpus.docs, { floor: 0.01 })].sort((x, y) => y.containment - x.containment);
  const truth = new Set(corpus.edges.map((e) => pairKey(e.from, e.to)));
  let right = 0;
  let hits = 0;
  let best = { recall: -1, threshold: 1 };
  pairs.forEach((p, i) => {
    if (corpus.family[p.a] === corpus.family[p.b]) right++;
    if (truth.has(pairKey(p.a, p.b))) hits++;
    const next = pairs[i + 1];
    if (next && next.containment === p.containment) return;
    if (right / (i + 1) >= precision && hits / truth.size > best.recall) best = { recall: hits / truth.size, threshold: p.containment };
  });
  return best.threshold;
}

/** The word 5-gram containment baseline: pairs at or above `threshold`. */
export function ngramBaseline(corpus: SyntheticCorpus, threshold: number): Quality {
  const start = performance.now();
  const linked = ngramPairs(corpus.docs, { floor: threshold });
  return quality(corpus, linked.map((p): [string, string] => [p.a, p.b]), (performance.now() - start) / 1000);
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

/** bloom-filters MinHash, every pair compared among the first `limit` documents (its package offers no index). */
export function bloomAllPairs(corpus: SyntheticCorpus, limit: number, threshold: number): Quality & { docs: number } {
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
export function minhashLsh(corpus: SyntheticCorpus): Quality {
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
