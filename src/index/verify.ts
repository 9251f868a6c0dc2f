/**
 * @module index/verify
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

/** Verifies `later` (the new text) against `earlier` (a stored candidate). */
export function verifyPair(earlier: PairSide, later: PairSide): Verification {
  const alignment = align(earlier.analyzed, later.analyzed);
  const verdict = judge(earlier.analyzed, later.analyzed, alignment);
  if (verdict.relation === 'unrelated') return { edge: null, alignment, verdict };
  const { sourceCoverage, derivativeCoverage } = alignment.scores;
  const score = Math.max(sourceCoverage, derivativeCoverage, alignment.scores.similarity);
  const forward = { from: earlier.id, to: later.id, sourceCoverage, derivativeCoverage };
  const backward = { from: later.id, to: earlier.id, sourceCoverage: derivativeCoverage, derivativeCoverage: sourceCoverage };
  if (verdict.relation === 'same-story') {
    return { edge: { ...forward, relation: 'same-story', score, directed: false }, alignment, verdict };
  }
  const dated = byDate(earlier, later);
  let oriented: typeof forward | null = dated < 0 ? forward : dated > 0 ? backward : null;
  if (!oriented) {
    if (verdict.direction === 'source-to-derivative') oriented = forward;
    else if (verdict.direction === 'derivative-to-source') oriented = backward;
    else if (sourceCoverage - derivativeCoverage >= THRESHOLDS.directionMargin) oriented = backward;
  }
  const edge: Edge = { ...(oriented ?? forward), relation: verdict.relation, score, directed: oriented !== null };
  return { edge, alignment, verdict };
}
