/** @module corpus: corpus mode — the indexing pipeline, its policy, trace and clusters. */
export { indexDocuments, type DocumentOutcome, type DocumentResult, type IndexOptions } from './pipeline.js';
export { DEFAULT_POLICY, type IndexPolicy } from './policy.js';
export { ingest, type IngestCounts, type IngestOptions, type IngestProblem, type IngestSummary, type IngestUpdate } from './ingest.js';
export { trace, type TraceEntry, type TraceFact, type TraceOptions, type TraceResult, type TraceRole, type TracedDocument } from './trace.js';
export { clusters, type Cluster, type ClusterEdge, type ClustersOptions } from './clusters.js';
export { clustersToDot } from './dot.js';
export { contentHash } from './content-hash.js';
export { verifyCandidates, verifyPair, type PairSide, type Verification } from './verify.js';
