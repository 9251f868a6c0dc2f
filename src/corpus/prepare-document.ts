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
import { unpackAnalysis, type PackedAnalysis } from './prepared-wire.js';
import { adoptSpecificKeys, specificKeys } from './story-link.js';

/**
 * A record prepared for the writer. Its analysis is either as made (prepared inline) or still in the
 * packed form a pool thread sent it in, unpacked only while the document is linked (see analysisOf):
 * unpacked on arrival, a batch's token and sentence objects lived through the batch, long enough to
 * be copied by the writer's young-generation collections and promoted (see corpus/analyzed-cache
 * for what this saved, with the cache keeping such documents packed).
 */
export type PreparedDocument = HeldPreparation & { readonly kind: 'prepared'; readonly record: SourceRecord }
  & ({ readonly analyzed: AnalyzedText } | { readonly packed: PackedAnalysis });

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
 * A Preparation as the writer holds it, but for its analysis (see PreparedDocument). Its story
 * features stay packed: the writer reads only their names and numbers (`specifics`, as the story link
 * keys them: see corpus/story-link), and hands them on to the story stage, which may run on a thread
 * of its own; unpacked, their tables were a writer-thread cost and lived long enough to be copied by
 * every young-generation collection on the way.
 */
export interface HeldPreparation {
  readonly keys: DocumentKeys;
  readonly contentHash: string;
  readonly language: string;
  readonly story: PackedTextFeatures;
  readonly specifics: ReadonlySet<string>;
}

/** The document's analysed text: as made, or unpacked from its packed form again on every call (hold it only while in use). */
export function analysisOf(prepared: PreparedDocument): AnalyzedText {
  if ('analyzed' in prepared) return prepared.analyzed;
  const analyzed = unpackAnalysis(prepared.record.extracted.text, prepared.packed);
  adoptSpecificKeys(analyzed, prepared.specifics);
  return analyzed;
}

export function prepareExtracted(extracted: Extracted): Preparation {
  const { analyzed } = prepareArticle(extracted);
  return { analyzed, keys: fingerprint(analyzed), contentHash: contentHash(extracted.text), story: storyText(analyzed, extracted.title) };
}

export function prepareDocument(record: SourceRecord): PreparedDocument {
  const { analyzed, keys, contentHash, story } = prepareExtracted(record.extracted);
  return { kind: 'prepared', record, analyzed, keys, contentHash, language: analyzed.language, story: packTextFeatures(story), specifics: specificKeys(analyzed) };
}
