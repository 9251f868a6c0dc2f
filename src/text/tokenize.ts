/**
 * @module text/tokenize
 * Word tokens (the word-like segments of `words`), folded and stemmed.
 */
import type { Token } from '../core/types.js';
import { fold } from './fold.js';
import type { Stemmer } from './stem.js';
import { words } from './words.js';

const NUMBER = /^\d[\d,.]*$/;

type WordForm = Pick<Token, 'norm' | 'stem' | 'isStop' | 'kind'>;

/**
 * Normalised forms by stemmer, stop list and surface. News vocabulary repeats heavily, so folding
 * and stemming each distinct word once per run saves most of their cost (corpus ingest analyses
 * thousands of texts). Bounded: a full table is dropped and refilled.
 */
const forms = new WeakMap<Stemmer, WeakMap<ReadonlySet<string>, Map<string, WordForm>>>();
const MAX_FORMS = 200_000;

function formsFor(stem: Stemmer, stopwords: ReadonlySet<string>): Map<string, WordForm> {
  let byStop = forms.get(stem);
  if (!byStop) forms.set(stem, (byStop = new WeakMap()));
  let table = byStop.get(stopwords);
  if (!table || table.size >= MAX_FORMS) byStop.set(stopwords, (table = new Map()));
  return table;
}

function wordForm(surface: string, stem: Stemmer, stopwords: ReadonlySet<string>): WordForm {
  // Dotted initialisms (U.S., U.K.) compare as plain letters.
  const folded = fold(surface);
  const norm = /^(?:\p{L}\.)+\p{L}?$/u.test(folded) ? folded.replace(/\./g, '') : folded;
  const isNumber = NUMBER.test(norm);
  return {
    norm,
    stem: isNumber ? norm.replace(/,/g, '') : stem(norm.replace(/'s$/, '')),
    isStop: stopwords.has(norm),
    kind: isNumber ? 'number' : 'word',
  };
}

/** Tokens of `text[start, end)`, offsets into the whole text. */
export function tokenize(
  text: string,
  start: number,
  end: number,
  sentence: number,
  language: string,
  stem: Stemmer,
  stopwords: ReadonlySet<string>,
): Token[] {
  const out: Token[] = [];
  const table = formsFor(stem, stopwords);
  for (const piece of words(text.slice(start, end), language)) {
    const surface = piece.segment;
    let form = table.get(surface);
    if (!form) table.set(surface, (form = wordForm(surface, stem, stopwords)));
    out.push({
      start: start + piece.index,
      end: start + piece.index + surface.length,
      surface,
      norm: form.norm,
      stem: form.stem,
      isStop: form.isStop,
      kind: form.kind,
      sentence,
    });
  }
  return out;
}
