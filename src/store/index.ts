/** @module store: the Store interface and the factory that opens a backend by target. */
export type { Candidate, DocumentKeys, Edge, NewDocument, PutOutcome, SearchHit, Store, StoredDocument } from './store.js';
export { DEFAULT_DB, createStore, isPostgresTarget, resolveStoreTarget, storeTarget, withStore } from './create-store.js';
