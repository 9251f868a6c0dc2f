/**
 * @module align/verbatim
 * Exact word overlap between token stretches: what tells a copied passage from a paraphrased one,
 * and where exactly a copied stretch starts and ends.
 */
import type { Token } from '../core/types.js';

/** Word n-gram length for verbatim evidence: 3 folded words rarely repeat by chance within a story. */
export const VERBATIM_N = 3;

export function gramSet(tokens: readonly Token[], n = VERBATIM_N): Set<string> {
  const out = new Set<string>();
  if (tokens.length < n) {
    if (tokens.length > 0) out.add(tokens.map((t) => t.norm).join(' '));
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) out.add(gramAt(tokens, i, n));
  return out;
}

function gramAt(tokens: readonly Token[], i: number, n: number): string {
  let g = tokens[i].norm;
  for (let k = 1; k < n; k++) g += ' ' + tokens[i + k].norm;
  return g;
}

/** Which tokens lie inside an n-gram that also occurs in `other`. */
export function coveredMask(tokens: readonly Token[], other: ReadonlySet<string>, n = VERBATIM_N): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  if (tokens.length < n) {
    if (tokens.length > 0 && other.has(tokens.map((t) => t.norm).join(' '))) mask.fill(1);
    return mask;
  }
  for (let i = 0; i + n <= tokens.length; i++) if (other.has(gramAt(tokens, i, n))) mask.fill(1, i, i + n);
  return mask;
}

/** Share of `tokens` inside n-grams shared with `other`. */
export function verbatimShare(tokens: readonly Token[], other: ReadonlySet<string>): number {
  if (tokens.length === 0) return 0;
  const mask = coveredMask(tokens, other);
  let hit = 0;
  for (const m of mask) hit += m;
  return hit / tokens.length;
}

/**
 * Length in words of the longest stretch that is (nearly) all inside shared n-grams: words between
 * the first and last covered word of a run, with at most one uncovered word in any window of five
 * (a changed name or figure inside a copied sentence).
 */
export function longestCoveredRun(tokens: readonly Token[], other: ReadonlySet<string>): number {
  const mask = coveredMask(tokens, other);
  let best = 0, start = -1, lastCovered = -1;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    if (start < 0 || i - lastCovered > 2) start = i;
    lastCovered = i;
    best = Math.max(best, i - start + 1);
  }
  return best;
}

/** Character bounds of the first to the last covered token, or null when nothing is shared. */
export function coveredBounds(tokens: readonly Token[], other: ReadonlySet<string>): { start: number; end: number } | null {
  const mask = coveredMask(tokens, other);
  const first = mask.indexOf(1);
  if (first < 0) return null;
  const last = mask.lastIndexOf(1);
  return { start: tokens[first].start, end: tokens[last].end };
}
