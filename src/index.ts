/**
 * @module newstrace
 * The library surface: each pipeline stage as a pure function over plain data, the one-call
 * comparison, and corpus mode over a Store.
 *
 * @example
 * import { extract, compareDocuments } from 'newstrace';
 * const report = compareDocuments(extract(sourceHtml), extract(rewriteText));
 * report.verdict.relation; // 'heavy-rewrite'
 */
export type * from './core/types.js';
export { NewstraceError, isNewstraceError, type NewstraceErrorCode } from './core/errors.js';
export { decodeBytes, extract, readDocumentFile, cleanText } from './extract/index.js';
export { analyze, detectLanguage } from './text/index.js';
export { fingerprint, initFingerprint, FINGERPRINT_SCHEME } from './fingerprint/index.js';
export { align, sentenceSimilarity } from './align/index.js';
export { extractFacts, auditFacts } from './audit/index.js';
export { judge } from './verdict/index.js';
export { prepareArticle } from './pipeline/prepare.js';
export { compareArticles, compareDocuments } from './pipeline/compare.js';
export { renderTerminal, renderHtml, CompareReportSchema, type CompareReport } from './report/index.js';
export { readSources } from './ingest/index.js';
export { DEFAULT_POLICY, indexDocuments, ingest, trace, clusters, clustersToDot, type DocumentResult, type IndexPolicy } from './corpus/index.js';
export { createStore, type Store } from './store/index.js';
