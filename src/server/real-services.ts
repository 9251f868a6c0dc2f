/**
 * @module server/real-services
 * `Services` over the real pipeline and one store: the same `compareDocuments` as `compare --json`,
 * the same `ingest`, `trace` and `clusters` as the CLI, so the API cannot answer differently.
 */
import { createRequire } from 'node:module';
import { NewstraceError } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { extract, normaliseDate, prependTitle } from '../extract/index.js';
import type { SourceItem } from '../ingest/index.js';
import { isSafeId } from '../ingest/ids.js';
import { hostOf } from '../ingest/record.js';
import { clusters, contentHash, ingest, trace, type TraceEntry } from '../index/index.js';
import { compareDocuments } from '../pipeline/compare.js';
import { createStore } from '../store/create-store.js';
import type { PutOutcome, Store, StoredDocument } from '../store/store.js';
import { loadExamplePair } from './example-pair.js';
import type { ArticleInput } from './schemas.js';
import type { DocumentSummary, Services, TraceLink } from './services.js';

const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function summary(doc: DocumentSummary): DocumentSummary {
  return { id: doc.id, url: doc.url, outlet: doc.outlet, published: doc.published, title: doc.title, language: doc.language };
}

/** Extraction errors name the request field, not a file: there is none. */
function extractField(content: string, where: string, format: 'auto' | 'text' | 'html' = 'auto', url: string | null = null): Extracted {
  try {
    return extract(content, { format, url });
  } catch (error) {
    throw error instanceof NewstraceError ? error.withPath(where) : error;
  }
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
function toItem(article: ArticleInput, index: number): SourceItem {
  const where = `documents.${index}`;
  const url = article.url ?? null;
  const extracted = article.html?.trim() ? extractField(article.html, where, 'html', url) : extractField(article.text ?? '', where, 'text', url);
  const id = article.id ?? `api/${contentHash(extracted.text).slice('sha256:'.length, 'sha256:'.length + 16)}`;
  if (!isSafeId(id)) throw new NewstraceError('invalid_record', 'id must not contain control characters, a leading "/" or ".." segments', { path: where });
  const declared = { ...extracted, declaredLanguage: article.language ?? extracted.declaredLanguage };
  return {
    kind: 'document',
    record: {
      id,
      path: null,
      url: url ?? extracted.url,
      outlet: article.outlet ?? extracted.siteName ?? hostOf(url),
      published: normaliseDate(article.published ?? null) ?? extracted.published,
      ...(article.period ? { period: article.period } : {}),
      extracted: withTitle(declared, article.title),
      origin: `request ${where}`,
    },
  };
}

async function* items(list: readonly SourceItem[]): AsyncIterable<SourceItem> {
  yield* list;
}

const METADATA = ['path', 'url', 'outlet', 'published', 'title', 'language'] as const;

function outcome(before: StoredDocument | null, after: StoredDocument | null): PutOutcome {
  if (!before) return 'inserted';
  const same = after && before.contentHash === after.contentHash && METADATA.every((k) => before[k] === after[k]);
  return same ? 'unchanged' : 'updated';
}

function traceLink(entry: TraceEntry, document: DocumentSummary): TraceLink {
  const { relation, score, sourceCoverage, derivativeCoverage, passages, firstFacts } = entry;
  return { document: summary(document), relation, score, sourceCoverage, derivativeCoverage, passages, firstFacts };
}

export function createServicesFromStore(store: Store): Services {
  // One ingest at a time: each batch reads the index to find candidates before it writes.
  let ingestQueue: Promise<unknown> = Promise.resolve();
  return {
    async compare(request) {
      const source = extractField(request.source, 'source');
      const derivative = extractField(request.derivative, 'derivative');
      return compareDocuments(source, derivative, { sourceLabel: request.sourceLabel, derivativeLabel: request.derivativeLabel });
    },
    ingestDocuments(articles) {
      const prepared = articles.map(toItem);
      const ids = prepared.map((item) => (item.kind === 'document' ? item.record.id : ''));
      const run = async () => {
        const before = await Promise.all(ids.map((id) => store.getDocument(id)));
        // Every article was extracted above (a bad one fails the request), so ingest meets no problems.
        const result = await ingest(store, items(prepared));
        const after = await Promise.all(ids.map((id) => store.getDocument(id)));
        return { documents: ids.map((id, i) => ({ id, outcome: outcome(before[i], after[i]) })), edges: result.edges };
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
    close: () => store.close(),
  };
}

export async function createServices(options: { db?: string }): Promise<Services> {
  return createServicesFromStore(await createStore(options.db ?? ':memory:'));
}
