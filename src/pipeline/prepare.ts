/**
 * @module pipeline/prepare
 * An extracted document made ready for comparison: its text analysed, with the page's declared
 * language as the tie-breaker for detection.
 */
import type { Article, Extracted } from '../core/types.js';
import { analyze } from '../text/index.js';

export interface PrepareOptions {
  /** ISO 639-1 code that overrides language detection. */
  readonly language?: string;
}

export function prepareArticle(extracted: Extracted, options: PrepareOptions = {}): Article {
  return { extracted, analyzed: analyze(extracted.text, { language: options.language, declaredLanguage: extracted.declaredLanguage }) };
}
