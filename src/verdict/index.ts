/**
 * @module verdict
 * The relation between two texts (copy, light or heavy rewrite, partial copy, same story, unrelated), its likely
 * direction, and a plain-language explanation citing the evidence it was decided on.
 */
import type { Alignment, AnalyzedText, Direction, FactDiff, Relation, Verdict } from '../core/types.js';
import { explain } from './explain.js';
import { sharedNames, verdictFeatures, type VerdictFeatures } from './features.js';
import { THRESHOLDS as T } from './thresholds.js';

export { storyFeatures, verdictFeatures, vocabularyOverlap, type VerdictFeatures } from './features.js';
export { THRESHOLDS } from './thresholds.js';

export function relationOf(f: VerdictFeatures): Relation {
  const derived = f.derivativeCoverage >= T.minDerivedCoverage || (f.verbatimShare >= T.minDerivedVerbatim && f.derivativeCoverage >= T.minVerbatimCoverage);
  const ownReporting =
    f.derivativeCoverage < T.sameStoryMaxDerivativeCoverage &&
    f.sourceCoverage > f.derivativeCoverage &&
    f.newNames >= T.sameStoryOwnNames;
  // A copied block that is not most of the derivative: a passage reused inside an otherwise different
  // text. Own reporting that shares a background paragraph stays same-story (see sameStoryOwnNames).
  const partial = !ownReporting && f.copiedPassages > 0 && f.copiedShare >= T.partialMinCopied && f.derivativeCoverage < T.minDerivedCoverage;
  if (partial) return 'partial-copy';
  if (!derived || ownReporting) {
    const sameStory = f.vocabularyOverlap >= T.sameStoryVocabulary || f.sharedNames >= T.sameStoryNames;
    return sameStory ? 'same-story' : 'unrelated';
  }
  if (f.orderedShare >= T.copyOrdered) return 'copy';
  if (f.orderedShare >= T.lightOrdered) return 'light-rewrite';
  return 'heavy-rewrite';
}

/**
 * Direction only for derived texts: a derivative mostly inside its source, or one that adds facts the
 * source lacks while keeping the source's, reads as written from it. Otherwise nothing tells which
 * text came first.
 */
export function directionOf(relation: Relation, f: VerdictFeatures): Direction {
  if (relation === 'same-story' || relation === 'unrelated') return 'unknown';
  if (f.derivativeCoverage - f.sourceCoverage >= T.directionMargin) return 'source-to-derivative';
  if (f.unsupportedFacts > 0 || f.changedFacts > 0) return 'source-to-derivative';
  return 'unknown';
}

/**
 * Judge the relation of `derivative` to `source` from their alignment (and fact audit, if any).
 * @example judge(s, d, align(s, d)).relation // 'heavy-rewrite'
 */
export function judge(source: AnalyzedText, derivative: AnalyzedText, alignment: Alignment, facts: readonly FactDiff[] = []): Verdict {
  const features = verdictFeatures(source, derivative, alignment, facts);
  const relation = relationOf(features);
  const direction = directionOf(relation, features);
  const evidence: Record<string, number> = { ...features };
  return { relation, direction, explanation: explain(relation, direction, features, sharedNames(source, derivative)), evidence };
}
