/** @module store: the Store interface and the factory that opens a backend by target. */
export type { DocumentKeys, DocumentWrite, Edge, EdgeEvidence, IndexEntry, KeyPostings, NewDocument, PutOutcome, SearchHit, Store, StoredDocument } from './store.js';
export { DEFAULT_DB, createStore, isPostgresTarget, resolveStoreTarget, storeTarget, withStore } from './create-store.js';
