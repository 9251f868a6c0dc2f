/**
 * @module corpus/trace
 * A document's likely sources and derivatives in the index. For a stored document the verified
 * edges are read back; an outside text (`--file`) goes through the indexing pipeline without being
 * stored. Related documents are ranked by strength of evidence: the share of the traced text the
 * other explains, then the edge's score; the direction is reported, never ranked on, so a strong
 * match whose direction is unknown is not pushed below a weaker directed one. Passage counts and
 * the first differing facts come from re-aligning the pair, only for the ranked few that are shown.
 */
import { auditFacts } from '../audit/index.js';
import { NewstraceError } from '../core/errors.js';
import type { Extracted, FactDiff, Relation } from '../core/types.js';
import type { Edge, EdgeEvidence, Store, StoredDocument } from '../store/store.js';
import { align } from '../align/index.js';
import { prepareArticle } from '../pipeline/prepare.js';
import { AnalyzedCache, type CachedDocument } from './analyzed-cache.js';
import { contentHash } from './content-hash.js';
import { indexDocuments } from './pipeline.js';
import { DEFAULT_POLICY } from './policy.js';

export type TraceRole = 'source' | 'derivative' | 'related';

export interface TraceFact {
  readonly status: FactDiff['status'];
  readonly type: FactDiff['type'];
  readonly source: string | null;
  readonly derivative: string | null;
  readonly note: string;
}

/** A related document: its origin as stored, and how it relates to the traced one. */
export interface TraceEntry extends Pick<StoredDocument, 'id' | 'path' | 'url' | 'outlet' | 'published' | 'title'> {
  readonly role: TraceRole;
  readonly relation: Relation;
  readonly score: number;
  readonly sourceCoverage: number;
  readonly derivativeCoverage: number;
  /** Share of the traced text the other document explains: what entries are ranked by. */
  readonly explained: number;
  /** How the link was decided: aligned, or estimated from shared keys (near copies). */
  readonly evidence: EdgeEvidence;
  /** Aligned (copied or paraphrased) passages; absent when details were not asked for. */
  readonly passages?: number;
  /** The first changed, unsupported or dropped facts (source -> derivative). */
  readonly firstFacts?: readonly TraceFact[];
}

/** The traced document: stored metadata, or what is known of an outside text (id null). */
export type TracedDocument = Omit<StoredDocument, 'text' | 'ingestedAt' | 'id' | 'contentHash'> & { readonly id: string | null };

export interface TraceResult {
  readonly document: TracedDocument;
  readonly related: readonly TraceEntry[];
}

export interface TraceOptions {
  /** Most related documents (default 10). */
  readonly limit?: number;
  /** Re-align each shown pair for passage counts and first facts (default true). */
  readonly details?: boolean;
  /** Differing facts listed per related document (default 3). */
  readonly facts?: number;
}

/** The id an outside text goes by while it is linked: no stored document can have it. */
const OUTSIDE = '';

export async function trace(store: Store, target: string | Extracted, options: TraceOptions = {}): Promise<TraceResult> {
  // An outside text already stored under some id is that document: its own edges answer.
  const twin = typeof target === 'string' ? undefined : (await store.findByContentHash([contentHash(target.text)])).get(contentHash(target.text));
  if (twin !== undefined) return trace(store, twin, options);
  const limit = options.limit ?? 10;
  const cache = new AnalyzedCache(limit + 1);
  let self: CachedDocument;
  let document: TracedDocument;
  let edges: Edge[];
  if (typeof target === 'string') {
    const stored = await store.getDocument(target);
    if (!stored) throw new NewstraceError('not_found', `no document with id '${target}' in the index`);
    const { text: _text, ingestedAt: _at, contentHash: _hash, ...meta } = stored;
    document = meta;
    edges = await store.edgesOf(target);
    // Analysed only when pairs are re-aligned for details.
    self = options.details === false ? { id: target, analyzed: { text: '', language: stored.language, sentences: [], tokens: [] }, published: stored.published } : (await cache.load(store, target))!;
  } else {
    const extracted = target;
    const { analyzed } = prepareArticle(extracted);
    document = { id: null, path: null, url: extracted.url, outlet: extracted.siteName, published: extracted.published, title: extracted.title, language: analyzed.language };
    self = { id: OUTSIDE, analyzed, published: extracted.published };
    const record = { id: OUTSIDE, path: null, url: extracted.url, outlet: extracted.siteName, published: extracted.published, extracted, origin: 'trace --file' };
    edges = [];
    for await (const result of indexDocuments(store, [record], DEFAULT_POLICY, { write: false, cache })) edges.push(...result.edges);
  }
  // Only the strongest few are read from the store; among equals (a story and its reprints) the
  // earliest published is the likelier source, so it comes first.
  const strongest = edges
    .map((edge) => ({ edge, other: edge.from === self.id ? edge.to : edge.from, role: roleOf(edge, self.id), explained: explainedShare(edge, self.id) }))
    .sort(byEvidence)
    .slice(0, limit * 2);
  const loaded = await Promise.all(strongest.map(async (r) => ({ ...r, stored: await store.getDocument(r.other) })));
  const ranked = loaded
    .filter((r): r is typeof r & { stored: StoredDocument } => r.stored !== null)
    .sort((a, b) => byEvidence(a, b, false) || byPublished(a.stored, b.stored) || (a.other < b.other ? -1 : 1))
    .slice(0, limit);
  const related: TraceEntry[] = [];
  for (const { edge, role, explained, stored } of ranked) {
    const entry: TraceEntry = {
      id: stored.id, path: stored.path, url: stored.url, outlet: stored.outlet, published: stored.published, title: stored.title,
      role, relation: edge.relation, score: edge.score, sourceCoverage: edge.sourceCoverage, derivativeCoverage: edge.derivativeCoverage,
      explained, evidence: edge.evidence,
    };
    related.push(options.details === false ? entry : { ...entry, ...(await details(store, cache, self, stored.id, edge, options.facts ?? 3)) });
  }
  return { document, related };
}

interface Ranked {
  readonly edge: Edge;
  readonly other: string;
  readonly explained: number;
}

/** Share of the traced text explained, then score (then id, unless `byId` is false). */
function byEvidence(a: Ranked, b: Ranked, byId = true): number {
  return b.explained - a.explained || b.edge.score - a.edge.score || (byId ? (a.other < b.other ? -1 : a.other > b.other ? 1 : 0) : 0);
}

function byPublished(a: StoredDocument, b: StoredDocument): number {
  const [ta, tb] = [a.published ? Date.parse(a.published) : NaN, b.published ? Date.parse(b.published) : NaN];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) === Number.isNaN(tb) ? 0 : Number.isNaN(ta) ? 1 : -1;
  return ta - tb;
}

/** The traced text's side of the edge: how much of it the other covers. */
function explainedShare(edge: Edge, selfId: string): number {
  return edge.to === selfId ? edge.derivativeCoverage : edge.sourceCoverage;
}

function roleOf(edge: Edge, selfId: string): TraceRole {
  if (!edge.directed || edge.relation === 'same-story') return 'related';
  return edge.to === selfId ? 'source' : 'derivative';
}

async function details(store: Store, cache: AnalyzedCache, self: CachedDocument, otherId: string, edge: Edge, maxFacts: number) {
  const other = await cache.load(store, otherId);
  if (!other) return {};
  const [source, derivative] = edge.from === self.id ? [self.analyzed, other.analyzed] : [other.analyzed, self.analyzed];
  const alignment = align(source, derivative);
  const passages = alignment.passages.filter((p) => p.kind === 'copied' || p.kind === 'paraphrased').length;
  const firstFacts = auditFacts(source, derivative, alignment)
    .filter((f) => f.status !== 'kept')
    .slice(0, maxFacts)
    .map((f) => ({ status: f.status, type: f.type, source: f.source?.text ?? null, derivative: f.derivative?.text ?? null, note: f.note }));
  return { passages, firstFacts };
}
