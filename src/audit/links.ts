/**
 * @module audit/links
 * The alignment's sentence links as look-ups both ways, with the word alignment of each linked pair
 * computed once.
 */
import type { AnalyzedText, SentenceLink, Token } from '../core/types.js';
import { alignWords, type WordAlignment } from './token-lcs.js';

export interface LinkedPair {
  readonly source: number;
  readonly derivative: number;
  readonly similarity: number;
  readonly words: WordAlignment;
  readonly sourceTokens: readonly Token[];
  readonly derivativeTokens: readonly Token[];
}

export interface LinkIndex {
  readonly pairs: readonly LinkedPair[];
  bySource(sentence: number): readonly LinkedPair[];
  byDerivative(sentence: number): readonly LinkedPair[];
}

function tokensOf(text: AnalyzedText, sentence: number): Token[] {
  const s = text.sentences[sentence];
  return s ? text.tokens.slice(s.tokenStart, s.tokenEnd) : [];
}

export function indexLinks(source: AnalyzedText, derivative: AnalyzedText, links: readonly SentenceLink[]): LinkIndex {
  const pairs: LinkedPair[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const id = `${link.source}:${link.derivative}`;
    if (seen.has(id) || !source.sentences[link.source] || !derivative.sentences[link.derivative]) continue;
    seen.add(id);
    const sourceTokens = tokensOf(source, link.source);
    const derivativeTokens = tokensOf(derivative, link.derivative);
    const words = alignWords(sourceTokens, derivativeTokens);
    pairs.push({ source: link.source, derivative: link.derivative, similarity: link.similarity, words, sourceTokens, derivativeTokens });
  }
  const group = (pick: (p: LinkedPair) => number) => {
    const map = new Map<number, LinkedPair[]>();
    for (const p of pairs) map.set(pick(p), [...(map.get(pick(p)) ?? []), p]);
    return (sentence: number) => map.get(sentence) ?? [];
  };
  return { pairs, bySource: group((p) => p.source), byDerivative: group((p) => p.derivative) };
}
