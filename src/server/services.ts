/**
 * @module server/services
 * What the HTTP routes need from the engine, as one small object. Routes only validate, call and
 * serialise; building it from the real pipeline and store happens in `real-services.ts`, so the
 * routes can be tested against the real server with the same code path.
 */
import type { Relation } from '../core/types.js';
import type { CompareReport } from '../report/compare-report.js';
import type { DocumentOutcome } from '../corpus/pipeline.js';
import type { SearchHit, StoredDocument } from '../store/store.js';
import type { ArticleInput, CompareRequest } from './schemas.js';

export type DocumentSummary = Pick<StoredDocument, 'id' | 'url' | 'outlet' | 'published' | 'title' | 'language'>;

export interface TraceLink {
  readonly document: DocumentSummary;
  readonly relation: Relation;
  readonly score: number;
  readonly sourceCoverage: number;
  readonly derivativeCoverage: number;
  readonly passages?: number;
  readonly firstFacts?: readonly { status: string; type: string; source: string | null; derivative: string | null; note: string }[];
}

export interface TraceResult {
  readonly document: DocumentSummary;
  readonly sources: readonly TraceLink[];
  readonly derivatives: readonly TraceLink[];
  /** Same story, or reuse whose direction is unknown. */
  readonly related: readonly TraceLink[];
}

export interface StoryCluster {
  readonly id: string;
  readonly origin: string | null;
  readonly documents: readonly DocumentSummary[];
  /** Derived-from links, source -> derivative. */
  readonly edges: readonly { from: string; to: string; relation: Relation; score: number }[];
}

export interface IngestResult {
  readonly documents: readonly { id: string; outcome: DocumentOutcome; reason?: string; edges: number }[];
  /** Derived-from and same-story links found while ingesting. */
  readonly edges: number;
}

export interface Health {
  readonly status: 'ok';
  readonly version: string;
  readonly store: string;
  readonly documents: number;
}

export interface Services {
  compare(request: CompareRequest): Promise<CompareReport>;
  ingestDocuments(articles: readonly ArticleInput[]): Promise<IngestResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** A page of documents in id order after `after`. */
  listDocuments(options: { after?: string; limit: number }): Promise<DocumentSummary[]>;
  /** Null when no document has this id. */
  trace(id: string, options: { limit: number }): Promise<TraceResult | null>;
  clusters(options: { minSize: number }): Promise<StoryCluster[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  health(): Promise<Health>;
  /** The example pair the Compare page loads with one click. */
  example(): Promise<CompareRequest>;
  close(): Promise<void>;
}
