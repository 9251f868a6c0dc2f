/**
 * @module stories/features
 * What a document brings to story clustering, counted from its analysed text: names (words it
 * capitalises mid-sentence, and adjacent pairs of them such as "Tara Reid"), numbers, content
 * stems (names included, as the words they are), and the stems of its title. Names and numbers also
 * form a view of their own because they tell one event from another of the same kind (two
 * earthquakes share "magnitude" and "epicentre", not "Sumatra" and "7.6").
 */
import type { AnalyzedText, Token } from '../core/types.js';
import { analyze } from '../text/index.js';

export type Counts = Record<string, number>;

export interface StoryInput {
  readonly id: string;
  readonly title: string | null;
  /** The title analysed on its own, when there is one. */
  readonly analyzedTitle: AnalyzedText | null;
  readonly body: AnalyzedText;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly period: string | null;
}

export interface StoryFeatures {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly period: string | null;
  readonly specifics: Counts;
  readonly terms: Counts;
  readonly titleTerms: Counts;
  /** Display form of each term key (stems read badly). */
  readonly labels: Readonly<Record<string, string>>;
}

const CAPITAL = /^\p{Lu}/u;
const MIN_WORD = 3;

// Keys are words, and a word may be "constructor": a plain object would hand back Object's own.
const table = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function add(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Number keys: digits only (1,200 and 1200 agree); single digits say nothing of an event. */
function numberKey(t: Token): string | null {
  const key = t.stem.replace(/[.,]$/, '');
  return key.replace(/\D/g, '').length >= 2 ? `#${key}` : null;
}

/** Words the text capitalises somewhere other than at the start of a sentence. */
function midSentenceCapitals(body: AnalyzedText): Set<string> {
  const seen = new Set<string>();
  for (const s of body.sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const t = body.tokens[i]!;
      if (t.kind === 'word' && CAPITAL.test(t.surface)) seen.add(t.norm);
    }
  }
  return seen;
}

const isContent = (t: Token) => t.kind === 'word' && !t.isStop && t.norm.length >= MIN_WORD;
const nameOf = (t: Token) => t.surface.replace(/['’]s$/u, '');

/** What a body brings, apart from its title and record fields. */
export type BodyFeatures = Pick<StoryFeatures, 'specifics' | 'terms' | 'labels'>;

// Ingest asks twice per document (the same-story link rule for its names and numbers, then the
// story stage): one pass per analysed text.
const ofBody = new WeakMap<AnalyzedText, BodyFeatures>();

/** The names, numbers and content stems of a body, counted once per analysed text (treat as read-only). */
export function bodyFeatures(body: AnalyzedText): BodyFeatures {
  const known = ofBody.get(body);
  if (known) return known;
  const capitals = midSentenceCapitals(body);
  const specifics = table<number>();
  const terms = table<number>();
  const labels = table<string>();
  for (const s of body.sentences) {
    let previous: Token | null = null;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = body.tokens[i]!;
      if (t.kind === 'number') {
        const key = numberKey(t);
        if (key) add(specifics, key);
        previous = null;
        continue;
      }
      const isName = !t.isStop && CAPITAL.test(t.surface) && capitals.has(t.norm) && t.norm.length >= 2;
      if (isName) {
        add(specifics, nameOf(t));
        add(terms, t.stem);
        labels[t.stem] ??= t.norm;
        if (previous && previous.end + 1 >= t.start) add(specifics, `${nameOf(previous)} ${nameOf(t)}`);
        previous = t;
      } else {
        previous = null;
        if (isContent(t)) {
          add(terms, t.stem);
          labels[t.stem] ??= t.norm;
        }
      }
    }
  }
  const features = { specifics, terms, labels };
  ofBody.set(body, features);
  return features;
}

/** What a document's texts bring (its body and its title analysed), apart from its record fields. */
export type TextFeatures = Pick<StoryFeatures, 'specifics' | 'terms' | 'labels' | 'titleTerms'>;

/** The features of a body and its title: all the story stage counts from text. */
export function textFeatures(body: AnalyzedText, analyzedTitle: AnalyzedText | null): TextFeatures {
  const titleTerms = table<number>();
  for (const t of analyzedTitle?.tokens ?? []) {
    if (isContent(t) || t.kind === 'number') add(titleTerms, t.stem);
  }
  return { ...bodyFeatures(body), titleTerms };
}

/** The story features of an analysed body and its title (analysed here, in the body's language). */
export function storyText(analyzed: AnalyzedText, title: string | null): TextFeatures {
  return textFeatures(analyzed, title ? analyze(title, { language: analyzed.language }) : null);
}

export function storyFeatures(input: StoryInput): StoryFeatures {
  return withRecord(input, textFeatures(input.body, input.analyzedTitle));
}

/** A document's features from its record fields and the features counted from its texts. */
export function withRecord(record: Pick<StoryFeatures, 'id' | 'title' | 'outlet' | 'published' | 'period'>, text: TextFeatures): StoryFeatures {
  return { id: record.id, title: record.title, outlet: record.outlet, published: record.published, period: record.period, ...text };
}
