/**
 * @module fingerprint/scheme
 * The version of the index keys. Any change to shingling, hashing, band layout or passage keys must
 * change it: a store refuses to open an index written under another scheme, because old and new keys
 * would silently never match.
 */
export const FINGERPRINT_SCHEME = 'nt-fp-1';
