/**
 * @module corpus/prepared-wire
 * A Preparation in a compact form for the trip from a worker thread back to the writer. Structured
 * cloning an AnalyzedText copies one object per token and sentence (about 29 kB per news article);
 * here the analysis is its stored form (text/analysis-codec: its word forms, sentences and words in
 * one transferable buffer), keys are arrays of doubles, and surfaces and sentence texts are sliced
 * again from the text the writer already holds. See the bench note in prepare-pool.ts for the
 * measured costs.
 */
import type { AnalyzedText } from '../core/types.js';
import { packedKeys, packTextFeatures, type PackedTextFeatures } from '../stories/features-wire.js';
import { decodeAnalysis, encodeAnalysis } from '../text/analysis-codec.js';
import type { HeldPreparation, Preparation } from './prepare-document.js';

/** An AnalyzedText without its text, which the receiver holds already: the bytes the store keeps. */
export interface PackedAnalysis {
  readonly language: string;
  readonly bytes: Uint8Array;
}

export interface PackedPreparation extends PackedAnalysis {
  readonly bands: Float64Array;
  readonly passages: Float64Array;
  readonly contentHash: string;
  readonly story: PackedTextFeatures;
}

export function packPreparation({ analyzed, keys, contentHash, story }: Preparation): PackedPreparation {
  return { ...packAnalysis(analyzed), bands: Float64Array.from(keys.bands), passages: Float64Array.from(keys.passages), contentHash, story: packTextFeatures(story) };
}

/** The analysis part alone (what the analysed-text cache keeps). */
export function packedAnalysisOf({ language, bytes }: PackedAnalysis): PackedAnalysis {
  return { language, bytes };
}

export function packAnalysis(analyzed: AnalyzedText): PackedAnalysis {
  return { language: analyzed.language, bytes: encodeAnalysis(analyzed) };
}

/** The buffers to transfer rather than copy. */
export function packedBuffers(packed: PackedPreparation): ArrayBuffer[] {
  return [packed.bytes, packed.bands, packed.passages, packed.story.counts].map((a) => a.buffer as ArrayBuffer);
}

/** The preparation back from its packed form, its analysis and story features still packed. */
export function unpackPreparation(packed: PackedPreparation): HeldPreparation & { readonly packed: PackedAnalysis } {
  return {
    keys: { bands: Array.from(packed.bands), passages: Array.from(packed.passages) }, contentHash: packed.contentHash, language: packed.language,
    story: packed.story, specifics: new Set(packedKeys(packed.story).specifics), packed: packedAnalysisOf(packed),
  };
}

/** The AnalyzedText of `text` back from its packed form (made by this very version: never of another format). */
export function unpackAnalysis(text: string, packed: PackedAnalysis): AnalyzedText {
  return decodeAnalysis(text, packed.language, packed.bytes)!;
}
