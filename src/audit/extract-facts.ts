/**
 * @module audit/extract-facts
 * All checkable facts of one analysed text: dates, money and numbers first (they claim their
 * characters), then names, then attributions and quotes (which may overlap names).
 */
import type { AnalyzedText, Fact } from '../core/types.js';
import { extractAttributions } from './attributions.js';
import { extractDates } from './dates.js';
import { FactSink } from './fact-builder.js';
import { lexiconFor } from './lexicon.js';
import { extractNames } from './names.js';
import { extractQuantities } from './quantities.js';
import { extractQuotes } from './quotes.js';

/**
 * @example extractFacts(analyze('Officials said 6,000 drones left on Jan. 5.')).map((f) => f.type)
 * // ['date', 'number', 'attribution']
 */
export function extractFacts(text: AnalyzedText): Fact[] {
  const lexicon = lexiconFor(text.language);
  const sink = new FactSink(text);
  for (const sentence of text.sentences) {
    const scope = { analyzed: text, sentence, lexicon };
    extractDates(scope, sink);
    extractQuantities(scope, sink);
  }
  extractNames(text, lexicon, sink);
  for (const sentence of text.sentences) {
    const scope = { analyzed: text, sentence, lexicon };
    extractQuotes(scope, sink);
    extractAttributions(scope, sink);
  }
  return sink.facts.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
