/**
 * @module fingerprint/fingerprint
 * A document's index keys from its analysed text: MinHash LSH bands over the whole text for
 * near-duplicates, and sampled in-sentence stem pairs for partial reuse and heavy rewrites. Only
 * content words count (stop words are what rewrites change most and tell least).
 */
import type { AnalyzedText } from '../core/types.js';
import type { DocumentKeys } from '../store/store.js';
import { hashString, initHash, type Hash64 } from './hash.js';
import { bandKeys, shingles, signature } from './minhash.js';
import { passageKeys } from './passage-keys.js';

/** Loads the hasher; await once before calling `fingerprint`. */
export const initFingerprint = initHash;

/** Content stems' hashes, per sentence, in text order. */
export function contentStemHashes(analyzed: AnalyzedText): Hash64[][] {
  const cache = new Map<string, Hash64>();
  const bySentence: Hash64[][] = analyzed.sentences.map(() => []);
  for (const token of analyzed.tokens) {
    if (token.isStop) continue;
    let hash = cache.get(token.stem);
    if (!hash) {
      hash = hashString(token.stem);
      cache.set(token.stem, hash);
    }
    bySentence[token.sentence]?.push(hash);
  }
  return bySentence;
}

export function fingerprint(analyzed: AnalyzedText): DocumentKeys {
  const sentences = contentStemHashes(analyzed);
  const sig = signature(shingles(sentences.flat().map((h) => h.lo)));
  const bands = [...new Set(bandKeys(sig))].sort((a, b) => a - b);
  return { bands, passages: passageKeys(sentences) };
}
