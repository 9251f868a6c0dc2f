/** @module index: corpus mode — ingest orchestration, retrieval and verification, trace, clusters. */
export { ingest, type IngestCounts, type IngestOptions, type IngestProblem, type IngestSummary } from './ingest.js';
export { trace, type TraceEntry, type TraceFact, type TraceOptions, type TraceResult, type TraceRole, type TracedDocument } from './trace.js';
export { clusters, type Cluster, type ClusterEdge, type ClustersOptions } from '../story-index/read-stories.js';
export { clustersToDot } from './dot.js';
export { contentHash } from './content-hash.js';
export { retrieve, selectCandidates } from './retrieve.js';
export { verifyPair, type PairSide, type Verification } from './verify.js';
