/**
 * @module server/real-services
 * `Services` over the real pipeline and one store: the same `compareDocuments` as `compare --json`,
 * the same `ingest`, `trace` and `clusters` as the CLI, so the API cannot answer differently.
 */
import { createRequire } from 'node:module';
import { NewstraceError } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { normaliseDate, prependTitle } from '../extract/index.js';
import type { SourceRecord } from '../ingest/index.js';
import { isSafeId } from '../ingest/ids.js';
import { hostOf } from '../ingest/record.js';
import { DEFAULT_POLICY, clusters, contentHash, indexDocuments, trace, type TraceEntry } from '../corpus/index.js';
import { createStore } from '../store/create-store.js';
import type { Store } from '../store/store.js';
import { createComparePool } from './compare-pool.js';
import { loadExamplePair } from './example-pair.js';
import { extractField } from './extract-field.js';
import { checkRequestWords, checkWords, limitsWith, type ServerLimits } from './limits.js';
import type { ArticleInput } from './schemas.js';
import type { DocumentSummary, IngestResult, Services, TraceLink } from './services.js';

const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function summary(doc: DocumentSummary): DocumentSummary {
  return { id: doc.id, url: doc.url, outlet: doc.outlet, published: doc.published, title: doc.title, language: doc.language };
}

/**
 * A JSON `title` is plain text, kept as written (whitespace collapsed): stripping what looks like
 * tags would lose real titles ("Why x<y matters") and protects nothing, since every renderer escapes.
 */
function withTitle(extracted: Extracted, title: string | undefined): Extracted {
  const clean = title?.replace(/\s+/g, ' ').trim();
  return clean ? { ...extracted, title: clean, text: prependTitle(clean, extracted.text) } : extracted;
}

/** One API article as the ingest stage's record, with the field rules of a JSONL line. */
function toRecord(article: ArticleInput, index: number): SourceRecord {
  const where = `documents.${index}`;
  const url = article.url ?? null;
  const extracted = article.html?.trim() ? extractField(article.html, where, 'html', url) : extractField(article.text ?? '', where, 'text', url);
  const id = article.id ?? `api/${contentHash(extracted.text).slice('sha256:'.length, 'sha256:'.length + 16)}`;
  if (!isSafeId(id)) throw new NewstraceError('invalid_record', 'id must not contain control characters, a leading "/" or ".." segments', { path: where });
  const declared = { ...extracted, declaredLanguage: article.language ?? extracted.declaredLanguage };
  return {
    id,
    path: null,
    url: url ?? extracted.url,
    outlet: article.outlet ?? extracted.siteName ?? hostOf(url),
    published: normaliseDate(article.published ?? null) ?? extracted.published,
    ...(article.period ? { period: article.period } : {}),
    extracted: withTitle(declared, article.title),
    origin: `request ${where}`,
  };
}

function traceLink(entry: TraceEntry, document: DocumentSummary): TraceLink {
  const { relation, score, sourceCoverage, derivativeCoverage, passages, firstFacts } = entry;
  return { document: summary(document), relation, score, sourceCoverage, derivativeCoverage, passages, firstFacts };
}

/** Articles as records, within the per-text and per-request word limits. */
function toRecords(articles: readonly ArticleInput[], limits: ServerLimits): SourceRecord[] {
  const records = articles.map(toRecord);
  let words = 0;
  records.forEach((record, i) => {
    words += checkWords(record.extracted.text, `documents.${i}`, limits.maxWordsPerText);
  });
  checkRequestWords(words, limits.maxWordsPerRequest);
  return records;
}

export function createServicesFromStore(store: Store, overrides: Partial<ServerLimits> = {}): Services {
  const limits = limitsWith(overrides);
  const pool = createComparePool(limits);
  // One ingest at a time: each batch reads the index to find candidates before it writes.
  let ingestQueue: Promise<unknown> = Promise.resolve();
  return {
    compare: (request) => pool.compare(request),
    ingestDocuments(articles) {
      // Every article is extracted first: a bad one, or one over the limits, fails the request before anything is stored.
      const records = toRecords(articles, limits);
      const run = async () => {
        const byOrigin = new Map<string, IngestResult['documents'][number]>();
        let edges = 0;
        for await (const r of indexDocuments(store, records, { ...DEFAULT_POLICY, batchSize: Math.max(1, records.length) })) {
          byOrigin.set(r.origin, { id: r.id, outcome: r.outcome, ...(r.reason ? { reason: r.reason } : {}), edges: r.edges.length });
          edges += r.edges.length;
        }
        return { documents: records.map((r) => byOrigin.get(r.origin)!), edges };
      };
      const next = ingestQueue.then(run, run);
      ingestQueue = next.catch(() => undefined);
      return next;
    },
    getDocument: (id) => store.getDocument(id),
    async listDocuments(options) {
      return (await store.listDocuments(options)).map(summary);
    },
    async trace(id, { limit }) {
      const doc = await store.getDocument(id);
      if (!doc) return null;
      const { related } = await trace(store, id, { limit });
      // Trace entries carry no language; the linked documents are few (at most `limit`).
      const docs = await Promise.all(related.map((e) => store.getDocument(e.id)));
      const links = (role: TraceEntry['role']) =>
        related.flatMap((e, i) => (e.role === role && docs[i] ? [traceLink(e, docs[i])] : []));
      return { document: summary(doc), sources: links('source'), derivatives: links('derivative'), related: links('related') };
    },
    async clusters({ minSize, limit }) {
      const found = await clusters(store, { minSize, limit });
      const out = [];
      for (const { members, documents: _ids, ...cluster } of found.clusters) {
        const docs = await Promise.all(members.map((m) => store.getDocument(m.id)));
        const documents = members.flatMap((m, i) => (docs[i] ? [{ ...summary(docs[i]), period: m.period, why: m.why, reason: m.reason }] : []));
        out.push({ ...cluster, documents });
      }
      return out;
    },
    search: (query, limit) => store.search(query, limit),
    async health() {
      return { status: 'ok', version: VERSION, store: store.kind, documents: await store.countDocuments() };
    },
    example: () => loadExamplePair(),
    async close() {
      await pool.close();
      await store.close();
    },
  };
}

export async function createServices(options: { db?: string; limits?: Partial<ServerLimits> }): Promise<Services> {
  return createServicesFromStore(await createStore(options.db ?? ':memory:'), options.limits);
}
