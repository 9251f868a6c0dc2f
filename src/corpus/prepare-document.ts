/**
 * @module corpus/prepare-document
 * One source record made ready for the writer: its text analysed, its index keys, its content hash
 * and its story features. Pure, and the same whether it runs in a worker thread or inline, so the
 * pool changes where the work runs, never what it computes. `initFingerprint()` must have been awaited once.
 */
import type { AnalyzedText, Extracted } from '../core/types.js';
import { fingerprint } from '../fingerprint/index.js';
import { contentHash } from './content-hash.js';
import type { SourceItem, SourceRecord } from '../ingest/index.js';
import { prepareArticle } from '../pipeline/prepare.js';
import { storyText, type TextFeatures } from '../stories/index.js';
import type { DocumentKeys } from '../store/store.js';
import { packTextFeatures, type PackedTextFeatures } from '../stories/features-wire.js';
import type { PackedAnalysis } from './prepared-wire.js';

export interface PreparedDocument extends HeldPreparation {
  readonly kind: 'prepared';
  readonly record: SourceRecord;
  /** The analysis in the packed form it crossed threads in (prepare pool only), kept by the analysed-text cache. */
  readonly packed?: PackedAnalysis;
}

export type SourceProblem = Extract<SourceItem, { kind: 'problem' }>;

/** What the pool yields: a prepared document, or a problem naming the file (the reader's or its own). */
export type PreparedItem = PreparedDocument | SourceProblem;

/** The analysed text, keys, hash and story features of one record's text: all the work that needs no store. */
export interface Preparation {
  readonly analyzed: AnalyzedText;
  readonly keys: DocumentKeys;
  readonly contentHash: string;
  readonly story: TextFeatures;
}

/**
 * A Preparation as the writer holds it. Its story features stay packed: the writer reads only their
 * names and numbers (corpus/story-link), and hands them on to the story stage, which may run on a
 * thread of its own; unpacked, their tables were a writer-thread cost and lived long enough to be
 * copied by every young-generation collection on the way.
 */
export type HeldPreparation = Omit<Preparation, 'story'> & { readonly story: PackedTextFeatures };

export function prepareExtracted(extracted: Extracted): Preparation {
  const { analyzed } = prepareArticle(extracted);
  return { analyzed, keys: fingerprint(analyzed), contentHash: contentHash(extracted.text), story: storyText(analyzed, extracted.title) };
}

export function prepareDocument(record: SourceRecord): PreparedDocument {
  const prepared = prepareExtracted(record.extracted);
  return { kind: 'prepared', record, ...prepared, story: packTextFeatures(prepared.story) };
}
