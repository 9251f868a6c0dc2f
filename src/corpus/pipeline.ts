/**
 * @module corpus/pipeline
 * The one indexing path, used by `ingest`, `trace --file`, `POST /api/documents` and the PostgreSQL
 * workers: each record is prepared and fingerprinted (here, or before in the prepare pool's
 * threads: see corpus/prepare-pool), skipped when its text is already stored under
 * its id, else linked — candidates by rarity-weighted keys, containment estimated from keys, a few
 * representatives per reuse group verified — and the batch is written. One result per document says
 * what happened to it, so no caller re-reads the store to find out.
 *
 * A batch's edges are written before its documents, and the documents in one transaction: a run
 * killed at any point leaves no half-written document, and the next run re-links exactly the
 * documents not yet stored (their stray edges are replaced), so re-running completes the work and
 * adds nothing twice. A batch's stories are assigned one batch behind (see story-index/story-queue),
 * on a thread of their own when the caller gives a story writer there: a run killed before they are
 * stored leaves those documents without a story, and the next run assigns exactly those.
 */
import { setImmediate } from 'node:timers/promises';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceRecord } from '../ingest/types.js';
import type { DocumentKeys, Edge, IndexEntry, NewDocument, PutOutcome, Store } from '../store/store.js';
import { AnalyzedCache } from './analyzed-cache.js';
import { packAnalysis, type PackedAnalysis } from './prepared-wire.js';
import { BatchEdges } from './batch-edges.js';
import { BatchIndex, estimate, exclusiveKeys, isWeak, mergePostings, rankByWeight, thinSets, type Candidate } from './candidates.js';
import { groupOf, isDerivedEdge, nearCopies, representatives } from './groups.js';
import { originConflicts } from './origin-check.js';
import { StoryQueue } from '../story-index/story-queue.js';
import { inlineStoryWriter, type StoryWriter } from '../story-index/story-writer.js';
import type { StoryBatchItem } from '../story-index/update-stories.js';
import { analysisOf, prepareDocument, type PreparedDocument } from './prepare-document.js';
import { DEFAULT_POLICY, maxFrequency, type IndexPolicy } from './policy.js';
import { withBatch, type Rarity } from './story-link.js';
import { inheritedEdges, verifyCandidates, type PairSide } from './verify.js';

export type DocumentOutcome = PutOutcome | 'skipped';

/** What happened to one document. */
export interface DocumentResult {
  readonly id: string;
  /** Where the record came from (file and line, request field). */
  readonly origin: string;
  /**
   * `skipped` (see `reason`): its id was already given earlier in this run (the first is kept), or is
   * stored from another file with another text and `replace` was not asked for.
   */
  readonly outcome: DocumentOutcome;
  readonly reason?: string;
  /** A stored (or batch-mate) document with the very same text under another id, else null. */
  readonly duplicateOf: string | null;
  /** Candidates whose containment was estimated, pairs aligned (each direction), pairs linked on their estimate. */
  readonly candidates: number;
  readonly aligned: number;
  readonly estimated: number;
  /** Edges found for it (written unless the run does not write). */
  readonly edges: readonly Edge[];
  /** Time spent on this document: preparing, fingerprinting, finding and verifying candidates. */
  readonly ms: number;
}

export interface IndexOptions {
  /**
   * Analysed texts to reuse across calls: a worker indexes one small batch per call, and without a
   * cache of its own would analyse again every candidate stored by an earlier batch.
   */
  readonly cache?: AnalyzedCache;
  /** False: find the edges but store nothing (tracing an outside text). Default true. */
  readonly write?: boolean;
  /**
   * Asked once a batch is written: did other writers run meanwhile? Then each new document is
   * linked again against the candidates its first lookup could not see (stored by them meanwhile).
   */
  readonly overlapped?: () => Promise<boolean>;
  /** Replace stored documents with texts read from another file too (default: skip them, see origin-check). */
  readonly replace?: boolean;
  /** Where stories are assigned (default: inline, on the store's stories). */
  readonly stories?: StoryWriter;
}

interface Pending {
  /** As prepared: its analysis is made again when asked (see analysisOf), not held through the batch. */
  readonly prepared: PreparedDocument;
  readonly document: NewDocument;
  /** Its analysis packed, as the cache keeps it and the store is given it: packed once. */
  readonly analysis: PackedAnalysis;
  readonly fresh: boolean;
  readonly duplicateOf: string | null;
  readonly group: string;
  readonly considered: ReadonlySet<string>;
  readonly result: Omit<DocumentResult, 'outcome' | 'origin' | 'id' | 'duplicateOf'>;
}

/** What linking one document sees: the store, the batch so far, and the index size for key weights. */
interface LinkContext {
  readonly store: Store;
  readonly batch: BatchIndex;
  readonly documents: number;
  readonly cache: AnalyzedCache;
  readonly policy: IndexPolicy;
  /** Edges found so far for the batch's documents (not yet written). */
  readonly batchEdges: BatchEdges;
  readonly rarity: Rarity;
}

/** How rare the batch's names and numbers are: the story frequencies, the batch added. */
async function batchRarity(stories: StoryQueue, keys: readonly ReadonlySet<string>[]): Promise<Rarity> {
  return withBatch(await stories.frequencies([...new Set(keys.flatMap((k) => [...k]))]), keys);
}

/**
 * The stored and batch edges that touch one of `of` (the strongest `readLimit` of each, stored) or
 * join one of `near` to one of `among` that is not near, once per pair (a batch edge replaces a
 * stored one). Only an edge from a near copy to a document that is not one can be inherited (see
 * inheritedEdges): the edges among the other candidates, and those among the near copies, were a
 * growing share of the reads in dense stories and never used. Nor is the edge of a farther near copy
 * to a document the closest (`near[0]`) has a reuse edge to (the closest near copy's is inherited):
 * in a dense story the closest is linked to nearly every candidate, and probing every near copy
 * against every candidate grew with the square of the story's copies.
 */
async function knownEdges(ctx: LinkContext, of: readonly string[], readLimit: number, near: readonly string[], among: readonly string[]): Promise<Edge[]> {
  const touches = new Set(of);
  const nearSet = new Set(near);
  const others = among.filter((id) => !nearSet.has(id));
  const othersSet = new Set(others);
  const joins = (e: Edge) => (nearSet.has(e.from) && othersSet.has(e.to)) || (nearSet.has(e.to) && othersSet.has(e.from));
  const read = (await Promise.all(of.map((id) => ctx.store.edgesOf(id, readLimit)))).flat();
  const batch = ctx.batchEdges.touching([...of, ...near]).filter((e) => touches.has(e.from) || touches.has(e.to) || joins(e));
  const once = (edges: readonly Edge[]) => [...new Map(edges.map((e) => [`${e.from}\t${e.to}`, e])).values()];
  const closest = near[0];
  const settled = new Set(once([...read, ...batch]).filter((e) => isDerivedEdge(e) && (e.from === closest || e.to === closest)).map((e) => (e.from === closest ? e.to : e.from)));
  const between = await ctx.store.edgesBetween(near, others.filter((id) => !settled.has(id)));
  return once([...read, ...between, ...batch]);
}

/** Candidates for `self` (none of `exclude`), estimated, grouped and verified. */
async function link(ctx: LinkContext, self: PairSide, keys: DocumentKeys, exclude: (id: string) => boolean) {
  const { store, batch, policy } = ctx;
  const total = ctx.documents + batch.size;
  const bound = { perKey: policy.postings.perKey, maxFrequency: maxFrequency(policy, total) };
  const postings = mergePostings(await store.keyPostings(keys, bound), batch.keyPostings(keys), bound.perKey, bound.maxFrequency);
  const ranked = rankByWeight(postings, total, policy.shortlist, (id) => id === self.id || exclude(id), policy.shortlistByEvidence, thinSets(keys, policy));
  const weights = new Map(ranked);
  const exclusive = exclusiveKeys(postings);
  const stored = await store.indexEntries(ranked.filter(([id]) => !batch.entry(id)).map(([id]) => id));
  const estimated = ranked.flatMap(([id]) => {
    const entry = batch.entry(id) ?? stored.get(id);
    return entry ? [estimate(keys, id, entry, weights.get(id)!, exclusive.get(id))] : [];
  });
  const candidates = estimated.filter((c) => !isWeak(c, policy));
  const weak = estimated.filter((c) => isWeak(c, policy));
  const texts = { load: (id: string) => ctx.cache.load(store, id), specifics: (id: string) => ctx.cache.specifics(store, id) };
  const near = nearCopies(candidates, policy);
  const nearIds = near.map((c) => c.id);
  const known = near.length === 0 ? [] : await knownEdges(ctx, nearIds.slice(0, policy.inheritFrom), 2 * policy.maxInherited, nearIds, candidates.map((c) => c.id));
  const dates = new Map(estimated.map((c) => [c.id, c]));
  const inherited = inheritedEdges(self, near, known, (id) => dates.get(id) ?? { id, published: null }, policy);
  const covered = new Set(inherited.flatMap((e) => [e.from, e.to]));
  const open = (c: Candidate) => !covered.has(c.id);
  const reps = representatives(candidates.filter(open), keys, policy);
  const verified = await verifyCandidates(self, reps, inherited, texts, policy, weak.filter(open), ctx.rarity);
  return { ...verified, considered: new Set(ranked.map(([id]) => id)), candidates: ranked.length, groups: new Map(candidates.map((c) => [c.id, c.group])) };
}

/** A record to index: as read (prepared here, inline), or already prepared (by the prepare pool). */
export type IndexItem = SourceRecord | PreparedDocument;

const recordOf = (item: IndexItem): SourceRecord => ('kind' in item ? item.record : item);

function toDocument({ record, language, contentHash }: PreparedDocument): NewDocument {
  return {
    id: record.id, path: record.path, url: record.url, outlet: record.outlet, published: record.published,
    title: record.extracted.title, language, text: record.extracted.text, contentHash,
  };
}

const NOT_LINKED = { edges: [], aligned: 0, estimated: 0, considered: new Set<string>(), candidates: 0, groups: new Map<string, string>() };

async function linkBatch(store: Store, stories: StoryQueue, items: readonly IndexItem[], cache: AnalyzedCache, policy: IndexPolicy): Promise<Pending[]> {
  const prepared = items.map((item) => {
    const started = performance.now();
    const done = 'kind' in item ? item : prepareDocument(item);
    return { done, document: toDocument(done), preparing: performance.now() - started };
  });
  const hashes = prepared.map((p) => p.document.contentHash);
  const known = await store.findByContentHash(hashes);
  const storedHashes = await store.contentHashesOf(prepared.map((p) => p.done.record.id));
  const rarity = await batchRarity(stories, prepared.map((p) => p.done.specifics));
  const ctx: LinkContext = { store, batch: new BatchIndex(), documents: await store.countDocuments(), cache, policy, batchEdges: new BatchEdges(), rarity };
  const seenHashes = new Map<string, string>();
  const pending: Pending[] = [];
  for (const { done, document, preparing } of prepared) {
    const { record, keys } = done;
    // A turn of the event loop per document: the store's calls resolve at once, and without it a
    // batch's linking never let the prepare pool's results and next tasks, or the source's reads, through.
    await setImmediate();
    const started = performance.now();
    const self: PairSide = { id: record.id, analyzed: analysisOf(done), published: record.published };
    const fresh = storedHashes.get(record.id) !== document.contentHash;
    const twin = known.get(document.contentHash) ?? seenHashes.get(document.contentHash);
    const linked = fresh ? await link(ctx, self, keys, () => false) : NOT_LINKED;
    const group = groupOf(record.id, linked.edges, (id) => ctx.batch.entry(id)?.group ?? linked.groups.get(id));
    seenHashes.set(document.contentHash, record.id);
    const analysis = 'packed' in done ? done.packed : packAnalysis(self.analyzed);
    cache.set(self, analysis);
    if (fresh) ctx.batch.add(record.id, { keys, group, published: record.published } satisfies IndexEntry);
    ctx.batchEdges.add(linked.edges);
    pending.push({
      prepared: done, document, analysis, fresh, group, considered: linked.considered,
      duplicateOf: fresh && twin !== undefined && twin !== record.id ? twin : null,
      result: { candidates: linked.candidates, aligned: linked.aligned, estimated: linked.estimated, edges: linked.edges, ms: preparing + performance.now() - started },
    });
  }
  return pending;
}

/** Writes one linked batch: each new document's edges, then all documents in one transaction. */
async function writeBatch(store: Store, pending: readonly Pending[]): Promise<PutOutcome[]> {
  await store.putEdges(pending.filter((p) => p.fresh).map((p) => ({ id: p.document.id, edges: p.result.edges })));
  return store.putDocuments(pending.map(({ document, prepared, group, analysis }) => ({ document, keys: prepared.keys, group, analysis: analysis.bytes })));
}

/**
 * Links each new document of a written batch again, against candidates its first lookup did not
 * consider and that are not batch-mates: another writer may have stored them meanwhile. Of two such
 * documents, the one whose pass runs later sees the other stored, so their edge is found by at least
 * one side. Edges are added, not replaced: other writers may be linking the same documents now.
 */
async function linkAgain(store: Store, stories: StoryQueue, pending: readonly Pending[], cache: AnalyzedCache, policy: IndexPolicy): Promise<Map<string, Edge[]>> {
  const inBatch = new Set(pending.map((p) => p.document.id));
  const rarity = await batchRarity(stories, pending.map((p) => p.prepared.specifics));
  const ctx: LinkContext = { store, batch: new BatchIndex(), documents: await store.countDocuments(), cache, policy, batchEdges: new BatchEdges(), rarity };
  const added = new Map<string, Edge[]>();
  for (const p of pending) {
    if (!p.fresh) continue;
    const self: PairSide = { id: p.document.id, analyzed: analysisOf(p.prepared), published: p.document.published };
    const { edges } = await link(ctx, self, p.prepared.keys, (id) => inBatch.has(id) || p.considered.has(id));
    await store.addEdges(edges);
    if (edges.length > 0) added.set(p.document.id, [...edges]);
  }
  return added;
}

const storyItem = ({ document, prepared: { record, story } }: Pending, edges: readonly Edge[]): StoryBatchItem => ({
  id: document.id, title: document.title, outlet: record.outlet, published: record.published, period: record.period ?? null, text: story, edges,
});

const skip = (record: SourceRecord, reason: string): DocumentResult => ({
  id: record.id, origin: record.origin, outcome: 'skipped', reason, duplicateOf: null, candidates: 0, aligned: 0, estimated: 0, edges: [], ms: 0,
});

/**
 * Indexes `records` in batches of `policy.batchSize`, yielding one result per record once its batch
 * is written, in input order within the batch. A record whose id was already given earlier in the
 * run is not indexed (the first is kept, never silently replaced): its result, `skipped` with the
 * reason, follows its batch's.
 */
export async function* indexDocuments(store: Store, records: AsyncIterable<IndexItem> | Iterable<IndexItem>,
  policy: IndexPolicy = DEFAULT_POLICY, options: IndexOptions = {}): AsyncGenerator<DocumentResult> {
  await initFingerprint();
  const cache = options.cache ?? new AnalyzedCache();
  const write = options.write ?? true;
  const origins = new Map<string, string>();
  const stories = new StoryQueue(store.stories, options.stories ?? inlineStoryWriter(store.stories));
  let batch: IndexItem[] = [];
  let skipped: DocumentResult[] = [];
  async function* flush(): AsyncGenerator<DocumentResult> {
    const refused = write && !options.replace && batch.length > 0 ? await originConflicts(store, batch.map(recordOf)) : new Map<SourceRecord, string>();
    for (const [record, reason] of refused) skipped.push(skip(record, reason));
    const kept = refused.size === 0 ? batch : batch.filter((item) => !refused.has(recordOf(item)));
    const pending = kept.length > 0 ? await linkBatch(store, stories, kept, cache, policy) : [];
    const outcomes = write && pending.length > 0 ? await writeBatch(store, pending) : pending.map((p): PutOutcome => (p.fresh ? 'inserted' : 'unchanged'));
    const relinked = write && pending.length > 0 && options.overlapped && (await options.overlapped()) ? await linkAgain(store, stories, pending, cache, policy) : new Map<string, Edge[]>();
    const edgesOf = (p: Pending) => [...p.result.edges, ...(relinked.get(p.document.id) ?? [])];
    // Stories last, assigned while the next batch is linked: a run killed before they are stored leaves
    // the batch's documents without a story, and the next run (which finds them unchanged) assigns exactly those.
    if (write) stories.hold(pending.map((p) => storyItem(p, edgesOf(p))));
    for (const [i, p] of pending.entries()) {
      yield { id: p.document.id, origin: p.prepared.record.origin, outcome: outcomes[i]!, duplicateOf: p.duplicateOf, ...p.result, edges: edgesOf(p) };
    }
    yield* skipped;
    batch = [];
    skipped = [];
  }
  let failing = false;
  try {
    for await (const item of records) {
      const record = recordOf(item);
      const first = origins.get(record.id);
      if (first !== undefined) {
        skipped.push(skip(record, `id '${record.id}' was already given by ${first} in this run; skipped`));
        continue;
      }
      origins.set(record.id, record.origin);
      if (batch.push(item) >= policy.batchSize) yield* flush();
    }
    yield* flush();
  } catch (error) {
    failing = true;
    throw error;
  } finally {
    // Also when the caller stops early: its last batch's stories are stored, as they were before it
    // saw the batch's results. On a failure, the one under way is waited for and the held batch left
    // to the next run, which assigns it (as after a kill).
    await (failing ? stories.abandon() : stories.drain());
  }
}
