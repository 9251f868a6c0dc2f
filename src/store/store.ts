/**
 * @module store/store
 * The one storage interface. SQLite (embedded default) and PostgreSQL implement it; no SQL appears
 * outside `src/store/`. Every method is named in domain terms and is async so both backends fit.
 */
import type { Relation } from '../core/types.js';
import type { StoryStore } from './story-store.js';

/** A document as kept in the index: its origin, metadata and cleaned text. */
export interface StoredDocument {
  /** The caller's id: JSONL `id`, else path relative to the ingest root, else a stable generated one. */
  readonly id: string;
  readonly path: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** ISO 8601 when known. */
  readonly published: string | null;
  readonly title: string | null;
  readonly language: string;
  readonly text: string;
  /** Hash of the cleaned text: same hash, same content. */
  readonly contentHash: string;
  readonly ingestedAt: string;
}

export type NewDocument = Omit<StoredDocument, 'ingestedAt'>;

/**
 * Index keys of one document, as safe integers (< 2^53) so they round-trip through JS, SQLite and
 * PostgreSQL `bigint` alike. `bands` find near-duplicates (MinHash LSH); `passages` find partial reuse.
 */
export interface DocumentKeys {
  readonly bands: readonly number[];
  readonly passages: readonly number[];
}

export interface Candidate {
  readonly id: string;
  readonly sharedBands: number;
  readonly sharedPassages: number;
  /** How many passage keys the candidate has: how big a share of it the shared keys are. */
  readonly passageKeys: number;
}

/** A verified derived-from link between two stored documents. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
  readonly score: number;
  readonly sourceCoverage: number;
  readonly derivativeCoverage: number;
  /** True when the direction was decided by evidence; false when only the pair is known. */
  readonly directed: boolean;
}

export type PutOutcome = 'inserted' | 'unchanged' | 'updated';

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly snippet: string;
  readonly score: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Create or upgrade the schema; refuses an index built with another fingerprint scheme. */
  migrate(): Promise<void>;
  /** Insert or replace documents with their keys, all in one transaction. */
  putDocuments(batch: readonly { document: NewDocument; keys: DocumentKeys }[]): Promise<PutOutcome[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Ids of documents whose content hash is one of `hashes`. */
  findByContentHash(hashes: readonly string[]): Promise<Map<string, string>>;
  /** The content hash of each stored document among `ids` (absent ids are left out). */
  contentHashesOf(ids: readonly string[]): Promise<Map<string, string>>;
  getKeys(id: string): Promise<DocumentKeys | null>;
  /** Documents sharing keys with `keys`, most shared first. */
  findCandidates(keys: DocumentKeys, options: { limit: number; excludeId?: string }): Promise<Candidate[]>;
  /** Documents in id order after `after`, for paging over the whole index. */
  listDocuments(options: { after?: string; limit: number }): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  /** Replace the verified edges that touch `id`. */
  putEdges(id: string, edges: readonly Edge[]): Promise<void>;
  /**
   * Add verified edges, leaving every other edge alone (an edge replaces only an earlier one of its
   * pair): concurrent writers adding edges to one document then cannot drop each other's.
   */
  addEdges(edges: readonly Edge[]): Promise<void>;
  edgesOf(id: string): Promise<Edge[]>;
  allEdges(): Promise<Edge[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** The stories of this index (src/store/story-store.ts). */
  readonly stories: StoryStore;
  close(): Promise<void>;
}
