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

/** One index key's postings: how many stored documents hold it, and the first few of them. */
export interface KeyPostings {
  readonly key: number;
  /** Stored documents holding the key (its document frequency, kept by the store as it writes). */
  readonly frequency: number;
  /** At most `perKey` of them, earliest stored first; none when `frequency` exceeds `maxFrequency`. */
  readonly documents: readonly string[];
}

/** The postings of a document's keys, by kind. */
export interface Postings {
  readonly bands: readonly KeyPostings[];
  readonly passages: readonly KeyPostings[];
}

export interface PostingsQuery {
  /** Documents read per key: the bound on a lookup's work, however common the key. */
  readonly perKey: number;
  /** Keys held by more documents than this are counted but their documents are not read. */
  readonly maxFrequency: number;
}

/** What the candidate stage needs of a stored document besides its text. */
export interface IndexEntry {
  readonly keys: DocumentKeys;
  /** The reuse group it joined when stored (the id of the group's first member). */
  readonly group: string;
  readonly published: string | null;
}

/**
 * A document to store, with its keys, the reuse group it joins (its own id when none) and its
 * analysis in stored form (text/analysis-codec), bytes the store keeps without reading them.
 */
export interface DocumentWrite {
  readonly document: NewDocument;
  readonly keys: DocumentKeys;
  readonly group?: string;
  readonly analysis?: Uint8Array;
}

/** What verifying against a stored document reads of it: its text, and its analysis when stored with one. */
export interface StoredAnalysis {
  readonly text: string;
  readonly language: string;
  readonly published: string | null;
  /** As given to putDocuments; null when the document was stored without one (or before analyses were kept). */
  readonly analysis: Uint8Array | null;
}

/** How an edge was decided: the pair aligned, or estimated from shared keys (near-exact copies). */
export type EdgeEvidence = 'aligned' | 'estimated';

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
  readonly evidence: EdgeEvidence;
}

/** The edges found for one document, to replace every stored edge that touches it. */
export interface EdgeWrite {
  readonly id: string;
  readonly edges: readonly Edge[];
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
  /**
   * Insert or replace documents with their keys, all in one transaction, keeping each key's document
   * frequency. An unchanged document keeps its reuse group and analysis; a replaced one keeps only
   * the analysis it is given.
   */
  putDocuments(batch: readonly DocumentWrite[]): Promise<PutOutcome[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getAnalysis(id: string): Promise<StoredAnalysis | null>;
  /** Ids of documents whose content hash is one of `hashes`. */
  findByContentHash(hashes: readonly string[]): Promise<Map<string, string>>;
  /** The content hash of each stored document among `ids` (absent ids are left out). */
  contentHashesOf(ids: readonly string[]): Promise<Map<string, string>>;
  getKeys(id: string): Promise<DocumentKeys | null>;
  /** Each of `keys` held by a stored document, with its frequency and first documents (keys as sets). */
  keyPostings(keys: DocumentKeys, query: PostingsQuery): Promise<Postings>;
  /** Keys, reuse group and date of each stored document among `ids` (absent ids are left out). */
  indexEntries(ids: readonly string[]): Promise<Map<string, IndexEntry>>;
  /** Documents in id order after `after`, for paging over the whole index. */
  listDocuments(options: { after?: string; limit: number }): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  /**
   * For each write in turn, replace the verified edges that touch its `id` with its `edges`: a
   * batch's documents in one transaction.
   */
  putEdges(writes: readonly EdgeWrite[]): Promise<void>;
  /**
   * Add verified edges, leaving every other edge alone (an edge replaces only an earlier one of its
   * pair): concurrent writers adding edges to one document then cannot drop each other's.
   */
  addEdges(edges: readonly Edge[]): Promise<void>;
  /** The edges that touch `id`, strongest first; at most `limit` (default all). */
  edgesOf(id: string, limit?: number): Promise<Edge[]>;
  /**
   * The edges joining one of `near` to one of `among` (either way round), in (from, to) order: those
   * of a new document's near copies with its other candidates, read by the near copies' ends.
   */
  edgesBetween(near: readonly string[], among: readonly string[]): Promise<Edge[]>;
  allEdges(): Promise<Edge[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** The stories of this index (src/store/story-store.ts). */
  readonly stories: StoryStore;
  close(): Promise<void>;
}
