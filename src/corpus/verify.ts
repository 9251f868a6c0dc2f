/**
 * @module corpus/verify
 * Turns a retrieved candidate pair into a verified edge, or nothing: the pair is aligned with the
 * `compare` aligner and judged, and only derived or same-story pairs become edges. Direction comes
 * from publication dates when both are known, else from content evidence: the text more fully
 * covered by the other is the retelling (a condensed or embedded copy).
 */
import { align } from '../align/index.js';
import type { Alignment, AnalyzedText, Verdict } from '../core/types.js';
import type { Edge } from '../store/store.js';
import { THRESHOLDS, judge } from '../verdict/index.js';

/** One side of a pair: its id, analysed text and publication date. */
export interface PairSide {
  readonly id: string;
  readonly analyzed: AnalyzedText;
  readonly published: string | null;
}

export interface Verification {
  readonly edge: Edge | null;
  readonly alignment: Alignment;
  readonly verdict: Verdict;
}

function byDate(a: PairSide, b: PairSide): -1 | 0 | 1 {
  const ta = a.published ? Date.parse(a.published) : NaN;
  const tb = b.published ? Date.parse(b.published) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return 0;
  return ta < tb ? -1 : 1;
}

/**
 * The judge calls a pair same-story on shared vocabulary OR shared names, right for one pair; but
 * story clusters chain links, and one loose link merges two stories. So a stored story link needs
 * both of the judge's own criteria at once.
 */
function strongStory(verdict: Verdict): boolean {
  const e = verdict.evidence;
  return (e.vocabularyOverlap ?? 0) >= THRESHOLDS.sameStoryVocabulary && (e.sharedNames ?? 0) >= THRESHOLDS.sameStoryNames;
}

const isDerived = (v: Verdict) => v.relation !== 'unrelated' && v.relation !== 'same-story';

function oriented(alignment: Alignment, verdict: Verdict, source: PairSide, derivative: PairSide, directed: boolean): Verification {
  const { sourceCoverage, derivativeCoverage, similarity } = alignment.scores;
  const score = Math.max(sourceCoverage, derivativeCoverage, similarity);
  const relation = verdict.relation;
  const edge: Edge = { from: source.id, to: derivative.id, relation, score, sourceCoverage, derivativeCoverage, directed: directed && relation !== 'same-story' };
  return { edge, alignment, verdict };
}

/**
 * Verifies `later` (the new text) against `earlier` (a stored candidate). The aligner is not
 * symmetric, so when content gives no direction one way, the pair is aligned the other way too.
 */
export function verifyPair(earlier: PairSide, later: PairSide): Verification {
  const alignment = align(earlier.analyzed, later.analyzed);
  const verdict = judge(earlier.analyzed, later.analyzed, alignment);
  if (verdict.relation === 'unrelated') return { edge: null, alignment, verdict };
  if (verdict.relation === 'same-story') {
    return strongStory(verdict) ? oriented(alignment, verdict, earlier, later, false) : { edge: null, alignment, verdict };
  }
  const dated = byDate(earlier, later);
  if (dated !== 0 || verdict.direction === 'source-to-derivative') {
    // Dated the other way round: the same alignment read from the other side.
    if (dated <= 0) return oriented(alignment, verdict, earlier, later, true);
    const swapped = align(later.analyzed, earlier.analyzed);
    const swappedVerdict = judge(later.analyzed, earlier.analyzed, swapped);
    return oriented(swapped, isDerived(swappedVerdict) ? swappedVerdict : verdict, later, earlier, true);
  }
  const reverse = align(later.analyzed, earlier.analyzed);
  const reverseVerdict = judge(later.analyzed, earlier.analyzed, reverse);
  if (isDerived(reverseVerdict) && reverseVerdict.direction === 'source-to-derivative') {
    return oriented(reverse, reverseVerdict, later, earlier, true);
  }
  const { sourceCoverage, derivativeCoverage } = alignment.scores;
  if (sourceCoverage - derivativeCoverage >= THRESHOLDS.directionMargin) return oriented(reverse, isDerived(reverseVerdict) ? reverseVerdict : verdict, later, earlier, true);
  return oriented(alignment, verdict, earlier, later, false);
}
