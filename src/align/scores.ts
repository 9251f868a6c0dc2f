/**
 * @module align/scores
 * Whole-pair figures from the passages: coverage of each side by reused text, and a symmetric
 * similarity (reused characters of both sides, weighted by passage similarity, over all characters).
 */
import type { AlignmentScores, Passage, Span } from '../core/types.js';
import type { Unit } from './units.js';

function unionLength(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0, start = -1, end = -1;
  for (const s of sorted) {
    if (s.start > end) {
      total += end - start;
      start = s.start;
      end = s.end;
    } else end = Math.max(end, s.end);
  }
  return total + end - start;
}

/** Characters inside units (whitespace between sentences excluded from the denominator). */
function textLength(units: readonly Unit[]): number {
  return units.reduce((n, u) => n + u.end - u.start, 0);
}

export function alignmentScores(passages: readonly Passage[], su: readonly Unit[], du: readonly Unit[]): AlignmentScores {
  const reuse = passages.filter((p) => p.kind === 'copied' || p.kind === 'paraphrased');
  const sLen = textLength(su);
  const dLen = textLength(du);
  const sourceCoverage = sLen > 0 ? Math.min(1, unionLength(reuse.map((p) => p.source!)) / sLen) : 0;
  const derivativeCoverage = dLen > 0 ? Math.min(1, unionLength(reuse.map((p) => p.derivative!)) / dLen) : 0;
  const weighted = reuse.reduce((n, p) => n + p.similarity * (p.source!.end - p.source!.start + p.derivative!.end - p.derivative!.start), 0);
  const similarity = sLen + dLen > 0 ? Math.min(1, weighted / (sLen + dLen)) : 0;
  return { sourceCoverage, derivativeCoverage, similarity };
}
