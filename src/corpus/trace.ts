/**
 * @module corpus/trace
 * A document's likely sources and derivatives in the index. For a stored document the verified
 * edges are read back; for an outside text (`--file`) candidates are retrieved and verified now.
 * Passage counts and the first differing facts come from re-aligning the pair, only for the ranked
 * few that are shown.
 */
import { auditFacts } from '../audit/index.js';
import { NewstraceError } from '../core/errors.js';
import type { Article, FactDiff, Relation } from '../core/types.js';
import { fingerprint, initFingerprint } from '../fingerprint/index.js';
import type { Edge, Store, StoredDocument } from '../store/store.js';
import { align } from '../align/index.js';
import { AnalyzedCache, type CachedDocument } from './analyzed-cache.js';
import { retrieve } from './retrieve.js';
import { verifyPair } from './verify.js';

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

const ROLE_ORDER: Record<TraceRole, number> = { source: 0, derivative: 1, related: 2 };

export async function trace(store: Store, target: string | Article, options: TraceOptions = {}): Promise<TraceResult> {
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
    await initFingerprint();
    const { extracted, analyzed } = target;
    document = { id: null, path: null, url: extracted.url, outlet: extracted.siteName, published: extracted.published, title: extracted.title, language: analyzed.language };
    self = { id: '', analyzed, published: extracted.published };
    edges = [];
    for (const candidate of await retrieve(store, fingerprint(analyzed))) {
      const other = await cache.load(store, candidate.id);
      const edge = other && verifyPair(other, self).edge;
      if (edge) edges.push(edge);
    }
  }
  const ranked = edges
    .map((edge) => ({ edge, other: edge.from === self.id ? edge.to : edge.from, role: roleOf(edge, self.id) }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.edge.score - a.edge.score || (a.other < b.other ? -1 : 1))
    .slice(0, limit);
  const related: TraceEntry[] = [];
  for (const { edge, other, role } of ranked) {
    const stored = await store.getDocument(other);
    if (!stored) continue;
    const entry: TraceEntry = {
      id: stored.id, path: stored.path, url: stored.url, outlet: stored.outlet, published: stored.published, title: stored.title,
      role, relation: edge.relation, score: edge.score, sourceCoverage: edge.sourceCoverage, derivativeCoverage: edge.derivativeCoverage,
    };
    related.push(options.details === false ? entry : { ...entry, ...(await details(store, cache, self, stored.id, edge, options.facts ?? 3)) });
  }
  return { document, related };
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
