/**
 * @module text/tokenize
 * Word tokens from Intl.Segmenter (word-like segments only), folded and stemmed.
 */
import type { Token } from '../core/types.js';
import { fold } from './fold.js';
import type { Stemmer } from './stem.js';

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

const NUMBER = /^\d[\d,.]*$/;

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
  for (const piece of wordSegmenter(language).segment(text.slice(start, end))) {
    if (!piece.isWordLike) continue;
    const surface = piece.segment;
    // Dotted initialisms (U.S., U.K.) compare as plain letters.
    const folded = fold(surface);
    const norm = /^(?:\p{L}\.)+\p{L}?$/u.test(folded) ? folded.replace(/\./g, '') : folded;
    const isNumber = NUMBER.test(norm);
    out.push({
      start: start + piece.index,
      end: start + piece.index + surface.length,
      surface,
      norm,
      stem: isNumber ? norm.replace(/,/g, '') : stem(norm.replace(/'s$/, '')),
      isStop: stopwords.has(norm),
      kind: isNumber ? 'number' : 'word',
      sentence,
    });
  }
  return out;
}
