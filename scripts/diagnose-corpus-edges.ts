/**
 * @module scripts/diagnose-corpus-edges
 * `node --import tsx scripts/diagnose-corpus-edges.ts [--docs N] [--density dense|constant] [--seed S]`:
 * why corpus mode misses the truth edges it misses. It indexes a synthetic corpus through
 * `indexDocuments` into a temporary SQLite store, then replays the candidate stage for the later
 * end of every missed edge (postings of the documents before it, in arrival order, as the pipeline
 * reads them) and prints, by reuse kind, the first stage that lost the earlier end: no shared key,
 * cut by the posting bounds, not in the shortlist, rejected as weak, in a class not verified, or
 * verified and rejected (the aligned verdict of the pair alone). A miss lost before verification is
 * marked with whether aligning the pair alone finds it: what a candidate-stage fix could recover.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BatchIndex, estimate, exclusiveKeys, isWeak, mergePostings, rankByWeight, thinSets } from '../src/corpus/candidates.js';
import { isLikelyDerivative, representatives } from '../src/corpus/groups.js';
import { indexDocuments } from '../src/corpus/pipeline.js';
import { DEFAULT_POLICY, maxFrequency } from '../src/corpus/policy.js';
import { analysisOf, prepareDocument, type PreparedDocument } from '../src/corpus/prepare-document.js';
import { syntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';
import { specificKeys, withBatch } from '../src/corpus/story-link.js';
import { verifyPair } from '../src/corpus/verify.js';
import { extract } from '../src/extract/index.js';
import { initFingerprint } from '../src/fingerprint/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { newsWords } from './corpus-synth.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '4000' }, density: { type: 'string', default: 'dense' }, seed: { type: 'string', default: '1' }, shortlist: { type: 'string' }, extra: { type: 'string' } } });
const originals = values.density === 'dense' ? 0.05 : 0.4;
const corpus = syntheticCorpus({ docs: Number(values.docs), seed: Number(values.seed), words: newsWords(), originals });
await initFingerprint();
const prepared: PreparedDocument[] = corpus.docs.map((d) => prepareDocument({
  id: d.id, path: null, url: null, outlet: null, published: d.published, extracted: extract(d.text, { format: 'text' }), origin: d.id,
}));
const order = new Map(prepared.map((p, i) => [p.record.id, i]));

const dir = mkdtempSync(join(tmpdir(), 'newstrace-diagnose-'));
const store = await openSqliteStore(join(dir, 'index.db'));
const policy = { ...DEFAULT_POLICY, ...(values.shortlist ? { shortlist: Number(values.shortlist) } : {}), ...(values.extra ? { shortlistByEvidence: Number(values.extra) } : {}) };
const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);
const found = new Set<string>();
let aligned = 0;
for await (const r of indexDocuments(store, prepared, { ...policy, batchSize: 500 })) {
  aligned += r.aligned;
  for (const e of r.edges) if (e.relation !== 'same-story') found.add(pairKey(e.from, e.to));
}
const groups = await store.indexEntries(prepared.map((p) => p.record.id));
await store.close();
rmSync(dir, { recursive: true, force: true });

const missed = corpus.edges.filter((e) => !found.has(pairKey(e.from, e.to)));
const byLater = new Map<number, typeof missed>();
for (const e of missed) {
  const later = Math.max(order.get(e.from)!, order.get(e.to)!);
  (byLater.get(later) ?? byLater.set(later, []).get(later)!).push(e);
}
const reasons = new Map<string, Map<string, number>>();
const count = (kind: string, reason: string) => {
  const k = reasons.get(kind) ?? reasons.set(kind, new Map()).get(kind)!;
  k.set(reason, (k.get(reason) ?? 0) + 1);
};
// The whole corpus as the rarity a same-story verdict is weighed by (reuse verdicts do not use it).
const rarity = withBatch({ documents: 0, df: new Map() }, prepared.map((p) => specificKeys(analysisOf(p))));
const index = new BatchIndex();
for (const [i, p] of prepared.entries()) {
  for (const e of byLater.get(i) ?? []) {
    const earlier = e.from === p.record.id ? e.to : e.from;
    const bound = { perKey: policy.postings.perKey, maxFrequency: maxFrequency(policy, index.size) };
    const raw = index.keyPostings(p.keys);
    const shares = [...raw.bands, ...raw.passages].some((k) => k.documents.includes(earlier));
    const postings = mergePostings({ bands: [], passages: [] }, raw, bound.perKey, bound.maxFrequency);
    const read = [...postings.bands, ...postings.passages].some((k) => k.documents.includes(earlier));
    const ranked = rankByWeight(postings, index.size, policy.shortlist, (id) => id === p.record.id, policy.shortlistByEvidence, thinSets(p.keys, policy));
    const rank = ranked.findIndex(([id]) => id === earlier);
    const exclusive = exclusiveKeys(postings);
    const estimated = ranked.map(([id, w]) => estimate(p.keys, id, index.entry(id)!, w, exclusive.get(id)));
    const candidates = estimated.filter((c) => !isWeak(c, policy));
    const reps = representatives(candidates, p.keys, policy);
    const inNear = reps.near.some((c) => c.id === earlier);
    const cls = reps.classes.findIndex((c) => c.representative.id === earlier || c.copies.some((x) => x.id === earlier));
    const other = prepared[order.get(earlier)!]!;
    const alone = verifyPair({ id: earlier, analyzed: analysisOf(other), published: other.record.published }, { id: p.record.id, analyzed: analysisOf(p), published: p.record.published }, rarity);
    const reason = !shares ? 'no shared key'
      : !read ? 'cut by posting bounds'
        : rank < 0 ? 'not in shortlist'
          : !candidates.some((c) => c.id === earlier) ? 'rejected as weak'
            : inNear ? 'near copy (?)'
              : cls < 0 ? `class not chosen (of ${candidates.length} candidates, ${reps.classes.length} classes)`
                : reps.classes[cls]!.representative.id !== earlier ? `copy of representative (verdict alone: ${alone.verdict.relation})`
                  : `representative #${cls} (verdict alone: ${alone.edge?.relation ?? alone.verdict.relation})`;
    const role = earlier === e.from ? 'source first' : 'derivative first';
    // Whether aligning the pair alone finds it: the share of a cause that a candidate-stage fix could recover.
    const wouldFind = reason.startsWith('representative') || reason.startsWith('copy') ? '' : alone.edge && alone.edge.relation !== 'same-story' ? ' [aligned alone: found]' : ' [aligned alone: not found]';
    count(e.kind, `${role}: ${reason.replace(/\(of \d+ candidates, \d+ classes\)/, '').trim()}${wouldFind}`);
    if (process.env.VERBOSE && e.kind === process.env.VERBOSE && reason.startsWith('class')) {
      console.log(e.kind, e.from, e.to, reason);
      for (const c of candidates) console.log('   ', c.id, c.group, c.id === c.group ? 'origin' : '', isLikelyDerivative(c, policy) ? 'derivative' : '', c.newInCandidate.toFixed(2), c.candidateInNew.toFixed(2), c.sharedPassages, reps.classes.findIndex((k) => k.representative === c || k.copies.includes(c)));
    }
  }
  index.add(p.record.id, { keys: p.keys, group: groups.get(p.record.id)?.group ?? p.record.id, published: p.record.published });
}
const total = new Map<string, number>();
for (const e of corpus.edges) total.set(e.kind, (total.get(e.kind) ?? 0) + 1);
console.log(`${values.density}, ${corpus.docs.length} documents, ${corpus.edges.length} truth edges, ${missed.length} missed (recall ${(1 - missed.length / corpus.edges.length).toFixed(3)}), ${aligned} alignments`);
for (const [kind, n] of total) {
  const r = reasons.get(kind) ?? new Map();
  console.log(`  ${kind}: ${[...r.values()].reduce((a, b) => a + b, 0)} of ${n} missed`);
  for (const [reason, k] of [...r].sort((a, b) => b[1] - a[1])) console.log(`    ${String(k).padStart(5)}  ${reason}`);
}
