/**
 * @module corpus/prepared-wire
 * A Preparation in a compact form for the trip from a worker thread back to the writer. Structured
 * cloning an AnalyzedText copies one object per token and sentence (about 29 kB per news article);
 * here tokens and sentences are rows of integers in transferable buffers, the distinct word forms
 * one joined string, and surfaces and sentence texts are sliced again from the text the writer
 * already holds. See the bench note in prepare-pool.ts for the measured costs.
 */
import type { AnalyzedText, Sentence, Token } from '../core/types.js';
import { packedKeys, packTextFeatures, type PackedTextFeatures } from '../stories/features-wire.js';
import type { HeldPreparation, Preparation } from './prepare-document.js';

/** An AnalyzedText without its text, which the receiver holds already. */
export interface PackedAnalysis {
  readonly language: string;
  /** Distinct norm and stem strings, joined by NUL (word forms never contain one). */
  readonly forms: string;
  /** Per sentence: start, end, paragraph, tokenStart, tokenEnd. */
  readonly sentences: Int32Array;
  /** Per token: start, end, norm form, stem form, sentence << 2 | isStop | number << 1. */
  readonly tokens: Int32Array;
}

export interface PackedPreparation extends PackedAnalysis {
  readonly bands: Float64Array;
  readonly passages: Float64Array;
  readonly contentHash: string;
  readonly story: PackedTextFeatures;
}

const SENTENCE_FIELDS = 5;
const TOKEN_FIELDS = 5;
const STOP = 1;
const NUMBER = 2;

export function packPreparation({ analyzed, keys, contentHash, story }: Preparation): PackedPreparation {
  return { ...packAnalysis(analyzed), bands: Float64Array.from(keys.bands), passages: Float64Array.from(keys.passages), contentHash, story: packTextFeatures(story) };
}

/** The analysis part alone (what the analysed-text cache keeps). */
export function packedAnalysisOf({ language, forms, sentences, tokens }: PackedAnalysis): PackedAnalysis {
  return { language, forms, sentences, tokens };
}

export function packAnalysis(analyzed: AnalyzedText): PackedAnalysis {
  const formIndex = new Map<string, number>();
  const formOf = (form: string) => {
    let index = formIndex.get(form);
    if (index === undefined) formIndex.set(form, (index = formIndex.size));
    return index;
  };
  const tokens = new Int32Array(analyzed.tokens.length * TOKEN_FIELDS);
  analyzed.tokens.forEach((t, i) => {
    const o = i * TOKEN_FIELDS;
    tokens[o] = t.start;
    tokens[o + 1] = t.end;
    tokens[o + 2] = formOf(t.norm);
    tokens[o + 3] = formOf(t.stem);
    tokens[o + 4] = (t.sentence << 2) | (t.isStop ? STOP : 0) | (t.kind === 'number' ? NUMBER : 0);
  });
  const sentences = new Int32Array(analyzed.sentences.length * SENTENCE_FIELDS);
  analyzed.sentences.forEach((s, i) => sentences.set([s.start, s.end, s.paragraph, s.tokenStart, s.tokenEnd], i * SENTENCE_FIELDS));
  return {
    language: analyzed.language,
    forms: [...formIndex.keys()].join('\0'),
    sentences,
    tokens,
  };
}

/** The buffers to transfer rather than copy. */
export function packedBuffers(packed: PackedPreparation): ArrayBuffer[] {
  return [packed.sentences, packed.tokens, packed.bands, packed.passages, packed.story.counts].map((a) => a.buffer as ArrayBuffer);
}

/** The preparation back from its packed form, its analysis and story features still packed. */
export function unpackPreparation(packed: PackedPreparation): HeldPreparation & { readonly packed: PackedAnalysis } {
  return {
    keys: { bands: Array.from(packed.bands), passages: Array.from(packed.passages) }, contentHash: packed.contentHash, language: packed.language,
    story: packed.story, specifics: new Set(packedKeys(packed.story).specifics), packed: packedAnalysisOf(packed),
  };
}

/** The AnalyzedText of `text` back from its packed form. */
export function unpackAnalysis(text: string, packed: PackedAnalysis): AnalyzedText {
  const forms = packed.forms.split('\0');
  const t = packed.tokens;
  const tokens: Token[] = new Array(t.length / TOKEN_FIELDS);
  for (let i = 0, o = 0; o < t.length; i++, o += TOKEN_FIELDS) {
    const flags = t[o + 4]!;
    tokens[i] = {
      start: t[o]!,
      end: t[o + 1]!,
      surface: text.slice(t[o]!, t[o + 1]!),
      norm: forms[t[o + 2]!]!,
      stem: forms[t[o + 3]!]!,
      isStop: (flags & STOP) !== 0,
      kind: flags & NUMBER ? 'number' : 'word',
      sentence: flags >> 2,
    };
  }
  const s = packed.sentences;
  const sentences: Sentence[] = new Array(s.length / SENTENCE_FIELDS);
  for (let i = 0, o = 0; o < s.length; i++, o += SENTENCE_FIELDS) {
    sentences[i] = { index: i, start: s[o]!, end: s[o + 1]!, text: text.slice(s[o]!, s[o + 1]!), paragraph: s[o + 2]!, tokenStart: s[o + 3]!, tokenEnd: s[o + 4]! };
  }
  return { text, language: packed.language, sentences, tokens };
}
