/**
 * @module align
 * Passage-level alignment of a derivative text with its (candidate) source: sentence seeds by tf-idf
 * cosine and Dice through an inverted index, extension into passages, and the unaligned rest as
 * `added` (derivative only) and `dropped` (source only) stretches.
 */
import type { Alignment, AnalyzedText, Passage, SentenceLink, Span } from '../core/types.js';
import { scorePairs, Vocabulary, type PairScore } from './candidates.js';
import { DEFAULT_LINK_THRESHOLDS, selectLinks, type LinkThresholds } from './links.js';
import { islandLinks, type PairScorer } from './islands.js';
import { extendLinks, tightSpan, tokensOf, type UnitPassage } from './passages.js';
import { alignmentScores } from './scores.js';
import { idfFrom } from './similarity.js';
import { unitsWithTerms, type Unit } from './units.js';
import { gramSet } from './verbatim.js';

export { sentenceSimilarity, idfFrom, lcsLength, type Idf, type SimilarityFeatures } from './similarity.js';
export { buildUnits, contentTerms, type Unit } from './units.js';
export { gramSet, verbatimShare, VERBATIM_N } from './verbatim.js';

export interface AlignOptions extends Partial<LinkThresholds> {
  /** Unlinked units bridged inside one passage, on each side (default 2). */
  readonly maxGap?: number;
  /** Share of a derivative sentence's words in 3-grams shared with its source for `copied` (default 0.8). */
  readonly copiedShare?: number;
  /** Words in one verbatim run that make a sentence `copied` whatever its share (default 8). */
  readonly minCopiedRun?: number;
  /** Unlinked units (on each side) of the longest island linked by position in a retelling (default 5). */
  readonly maxIsland?: number;
  /** Cosine a lone paraphrased sentence pair needs when reuse is local (default 0.5). */
  readonly isolatedCosine?: number;
}

/**
 * Outside the rewrite regime (reuse is local, as with passages lifted into a long unrelated
 * document), a lone weakly similar sentence pair is far more likely shared topical vocabulary than a
 * paraphrase; in a retelling the same pair is believable.
 */
function dropIsolatedWeak(passages: readonly UnitPassage[], minCosine: number): UnitPassage[] {
  return passages.filter((p) => p.kind === 'copied' || p.lastDerivative > p.firstDerivative || Math.max(...p.links.map((l) => l.cosine)) >= minCosine);
}

const dCoveredBy = (passages: readonly UnitPassage[], d: number): boolean =>
  passages.some((p) => p.firstDerivative <= d && d <= p.lastDerivative);

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function sentencesOf(units: readonly Unit[], first: number, last: number): number[] {
  return range(units[first].firstSentence, units[last].lastSentence);
}

function reusePassage(p: UnitPassage, source: AnalyzedText, derivative: AnalyzedText, su: readonly Unit[], du: readonly Unit[]): Passage {
  let sourceSpan: Span = { start: su[p.firstSource].start, end: su[p.lastSource].end };
  let derivativeSpan: Span = { start: du[p.firstDerivative].start, end: du[p.lastDerivative].end };
  if (p.kind === 'copied') {
    const sTokens = tokensOf(su, p.firstSource, p.lastSource);
    const dTokens = tokensOf(du, p.firstDerivative, p.lastDerivative);
    derivativeSpan = tightSpan(derivative.text, du, p.firstDerivative, p.lastDerivative, gramSet(sTokens), dTokens);
    sourceSpan = tightSpan(source.text, su, p.firstSource, p.lastSource, gramSet(dTokens), sTokens);
  }
  const similarity = p.links.reduce((sum, l) => sum + l.cosine, 0) / p.links.length;
  return {
    kind: p.kind,
    source: sourceSpan,
    derivative: derivativeSpan,
    similarity: Math.min(1, similarity),
    sourceSentences: sentencesOf(su, p.firstSource, p.lastSource),
    derivativeSentences: sentencesOf(du, p.firstDerivative, p.lastDerivative),
  };
}

/** Runs of units not inside any reuse passage, as `added` or `dropped` passages. */
function unaligned(kind: 'added' | 'dropped', units: readonly Unit[], covered: Uint8Array): Passage[] {
  const out: Passage[] = [];
  for (let i = 0; i < units.length; i++) {
    if (covered[i]) continue;
    let j = i;
    while (j + 1 < units.length && !covered[j + 1]) j++;
    const span = { start: units[i].start, end: units[j].end };
    const sentences = sentencesOf(units, i, j);
    out.push({
      kind,
      source: kind === 'dropped' ? span : null,
      derivative: kind === 'added' ? span : null,
      similarity: 0,
      sourceSentences: kind === 'dropped' ? sentences : [],
      derivativeSentences: kind === 'added' ? sentences : [],
    });
    i = j;
  }
  return out;
}

function sentenceLinks(selected: readonly PairScore[], su: readonly Unit[], du: readonly Unit[]): SentenceLink[] {
  const best = new Map<string, SentenceLink>();
  {
    for (const l of selected) {
      for (const d of range(du[l.derivative].firstSentence, du[l.derivative].lastSentence)) {
        for (const s of range(su[l.source].firstSentence, su[l.source].lastSentence)) {
          const key = `${d}:${s}`;
          const prev = best.get(key);
          if (!prev || prev.similarity < l.cosine) best.set(key, { source: s, derivative: d, similarity: Math.min(1, l.cosine) });
        }
      }
    }
  }
  return [...best.values()].sort((a, b) => a.derivative - b.derivative || a.source - b.source);
}

/**
 * Align `derivative` against `source`.
 * @example align(analyze(original), analyze(rewrite)).scores.derivativeCoverage
 */
export function align(source: AnalyzedText, derivative: AnalyzedText, options: AlignOptions = {}): Alignment {
  const thresholds: LinkThresholds = { ...DEFAULT_LINK_THRESHOLDS, ...options };
  const { units: su, terms: sTerms } = unitsWithTerms(source);
  const { units: du, terms: dTerms } = unitsWithTerms(derivative);
  const vocabulary = new Vocabulary(idfFrom([...sTerms, ...dTerms]));
  const sVectors = sTerms.map((t) => vocabulary.vector(t));
  const dVectors = dTerms.map((t) => vocabulary.vector(t));
  const minShared = Math.min(2, thresholds.minShared);
  const pairs = scorePairs(sVectors, dVectors, vocabulary, minShared);
  const { byDerivative: linksByDerivative, rewrite } = selectLinks(pairs, du.length, thresholds);
  if (rewrite) {
    const score: PairScorer = (s, d) => {
      const [p] = scorePairs([sVectors[s]], [dVectors[d]], vocabulary, 1);
      return p ? { ...p, source: s, derivative: d } : null;
    };
    for (const p of islandLinks(linksByDerivative, su.length, score, thresholds, options.maxIsland ?? 5)) linksByDerivative[p.derivative].push(p);
  }
  const extended = extendLinks(linksByDerivative, su, du, { maxGap: options.maxGap ?? 2, copiedShare: options.copiedShare ?? 0.8, minCopiedRun: options.minCopiedRun ?? 8 });
  const reuse = rewrite ? extended : dropIsolatedWeak(extended, options.isolatedCosine ?? 0.5);
  const sCovered = new Uint8Array(su.length);
  const dCovered = new Uint8Array(du.length);
  const selected = linksByDerivative.flat().filter((l) => dCoveredBy(reuse, l.derivative));
  // A source sentence linked outside any passage (the far half of a merge) is used, not dropped.
  for (const l of selected) sCovered[l.source] = 1;
  for (const p of reuse) {
    sCovered.fill(1, p.firstSource, p.lastSource + 1);
    dCovered.fill(1, p.firstDerivative, p.lastDerivative + 1);
  }
  // Reading order of the derivative, then what the source has that the derivative left out.
  const passages = [
    ...[...reuse.map((p) => reusePassage(p, source, derivative, su, du)), ...unaligned('added', du, dCovered)]
      .sort((a, b) => a.derivative!.start - b.derivative!.start),
    ...unaligned('dropped', su, sCovered),
  ];
  return { passages, links: sentenceLinks(selected, su, du), scores: alignmentScores(passages, su, du) };
}
