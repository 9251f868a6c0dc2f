/** @module fingerprint: index keys for near-duplicate and passage retrieval. */
export { fingerprint, initFingerprint, contentStemHashes } from './fingerprint.js';
export { FINGERPRINT_SCHEME } from './scheme.js';
export { estimateJaccard, shingles, signature } from './minhash.js';
