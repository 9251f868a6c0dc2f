/**
 * @module text/analyze
 * Normalise and segment one cleaned text: language, sentences, tokens, stems, stop words.
 */
import type { AnalyzedText, Sentence, Token } from '../core/types.js';
import { detectLanguage } from './language.js';
import { segmentSentences } from './segment.js';
import { stemmerFor } from './stem.js';
import { stopwordsFor } from './stopwords.js';
import { tokenize } from './tokenize.js';

export interface AnalyzeOptions {
  /** Skip detection and use this ISO 639-1 code. */
  readonly language?: string;
  /** Language the document declares (e.g. `<html lang>`), used when detection cannot tell. */
  readonly declaredLanguage?: string | null;
}

/**
 * @example analyze('Officials said. The U.S. Treasury acted.').sentences.length // 2
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const language = options.language ?? detectLanguage(text, options.declaredLanguage);
  const stem = stemmerFor(language);
  const stopwords = stopwordsFor(language);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const range of segmentSentences(text, language)) {
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const token of tokenize(text, range.start, range.end, index, language, stem, stopwords)) tokens.push(token);
    sentences.push({
      index,
      start: range.start,
      end: range.end,
      text: text.slice(range.start, range.end),
      paragraph: range.paragraph,
      tokenStart,
      tokenEnd: tokens.length,
    });
  }
  return { text, language, sentences, tokens };
}
