/**
 * @module core/types
 * The plain data that flows between pipeline stages. Every claim a report makes carries offsets back
 * into the cleaned text it was made about, so it can be shown and checked.
 */

/** Half-open range of JS string offsets into one cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What extraction recovers from one input (plain text or an HTML page). */
export interface Extracted {
  readonly format: 'text' | 'html';
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO 8601 date or date-time when the page states one. */
  readonly published: string | null;
  /** BCP 47 code declared by the page (`<html lang>`), if any; detection happens in `text`. */
  readonly declaredLanguage: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  /** Clean body text: boilerplate removed, hard wraps joined, paragraphs separated by "\n\n". */
  readonly text: string;
}

export interface Token {
  /** Offsets into the analysed text. */
  readonly start: number;
  readonly end: number;
  /** Surface form as written. */
  readonly surface: string;
  /** Case- and accent-folded form. */
  readonly norm: string;
  /** Snowball stem of `norm` (equal to `norm` for languages without a stemmer). */
  readonly stem: string;
  readonly isStop: boolean;
  /** `word`, `number` (digits, possibly with , . separators). Punctuation is not tokenised. */
  readonly kind: 'word' | 'number';
  /** Index of the sentence holding it. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (block separated by a blank line) holding it. */
  readonly paragraph: number;
  /** Range into `AnalyzedText.tokens`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A text after normalisation and segmentation: the input of fingerprinting, alignment and audit. */
export interface AnalyzedText {
  readonly text: string;
  /** ISO 639-1 code, or `und` when undetermined. */
  readonly language: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** An input document fully prepared for comparison. */
export interface Article {
  readonly extracted: Extracted;
  readonly analyzed: AnalyzedText;
}

// The closed sets below are arrays, so the report schema's enums are these very lists.
export const PASSAGE_KINDS = ['copied', 'paraphrased', 'added', 'dropped'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** One aligned (or unaligned) stretch of text between a source and a derivative. */
export interface Passage {
  readonly kind: PassageKind;
  readonly source: Span | null;
  readonly derivative: Span | null;
  /** 0..1; 0 for added/dropped. */
  readonly similarity: number;
  /** Sentence indices covered on each side. */
  readonly sourceSentences: readonly number[];
  readonly derivativeSentences: readonly number[];
}

export interface AlignmentScores {
  /** Share of source characters inside copied or paraphrased passages. */
  readonly sourceCoverage: number;
  /** Share of derivative characters inside copied or paraphrased passages. */
  readonly derivativeCoverage: number;
  /** Symmetric whole-text similarity (0..1). */
  readonly similarity: number;
}

export interface Alignment {
  readonly passages: readonly Passage[];
  readonly scores: AlignmentScores;
  /** Sentence-to-sentence links behind the passages: derivative sentence index -> source sentence indices. */
  readonly links: readonly SentenceLink[];
}

export interface SentenceLink {
  readonly source: number;
  readonly derivative: number;
  readonly similarity: number;
}

export const FACT_TYPES = [
  'person',
  'organization',
  'place',
  'entity',
  'number',
  'money',
  'date',
  'quote',
  'attribution',
  'claim',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** One checkable fact found in one text. */
export interface Fact {
  readonly type: FactType;
  /** Text as written. */
  readonly text: string;
  /** Canonical value used for matching (e.g. "usd:1000000000", "2023-01-05", "abdullah mehrabi"). */
  readonly value: string;
  readonly span: Span;
  readonly sentence: number;
}

export const FACT_STATUSES = ['kept', 'changed', 'unsupported', 'dropped'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** How one fact fared between source and derivative. */
export interface FactDiff {
  readonly status: FactStatus;
  readonly type: FactType;
  readonly source: Fact | null;
  readonly derivative: Fact | null;
  /** Plain-language reason, e.g. "spelling differs: Abdullah → Abdollah". */
  readonly note: string;
}

export const RELATIONS = ['copy', 'light-rewrite', 'heavy-rewrite', 'partial-copy', 'same-story', 'unrelated'] as const;
export type Relation = (typeof RELATIONS)[number];
export const DIRECTIONS = ['source-to-derivative', 'derivative-to-source', 'unknown'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Verdict {
  readonly relation: Relation;
  readonly direction: Direction;
  readonly explanation: string;
  /** The evidence the relation was decided on, by name, so a reader can see why. */
  readonly evidence: Readonly<Record<string, number>>;
}
