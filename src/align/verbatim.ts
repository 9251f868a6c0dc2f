/**
 * @module align/verbatim
 * Exact word overlap between token stretches: what tells a copied passage from a paraphrased one,
 * and where exactly a copied stretch starts and ends.
 */
import type { Token } from '../core/types.js';

/** Word n-gram length for verbatim evidence: 3 folded words rarely repeat by chance within a story. */
export const VERBATIM_N = 3;

/**
 * The n-grams at each position of a token list, and their set, remembered per list: corpus ingest
 * aligns one analysed text against many others, passing the same token lists (a text's tokens, its
 * units' tokens) again and again. The lists are read-only, so what was built for one stays right.
 */
const gramLists = new WeakMap<readonly Token[], readonly string[]>();
const gramSets = new WeakMap<readonly Token[], ReadonlySet<string>>();

function gramsOf(tokens: readonly Token[], n: number): readonly string[] {
  let grams = n === VERBATIM_N ? gramLists.get(tokens) : undefined;
  if (!grams) {
    const built: string[] = [];
    for (let i = 0; i + n <= tokens.length; i++) built.push(gramAt(tokens, i, n));
    grams = built;
    if (n === VERBATIM_N) gramLists.set(tokens, grams);
  }
  return grams;
}

export function gramSet(tokens: readonly Token[], n = VERBATIM_N): ReadonlySet<string> {
  if (tokens.length < n) return new Set(tokens.length > 0 ? [tokens.map((t) => t.norm).join(' ')] : []);
  if (n !== VERBATIM_N) return new Set(gramsOf(tokens, n));
  let set = gramSets.get(tokens);
  if (!set) gramSets.set(tokens, (set = new Set(gramsOf(tokens, n))));
  return set;
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
  const grams = gramsOf(tokens, n);
  for (let i = 0; i < grams.length; i++) if (other.has(grams[i])) mask.fill(1, i, i + n);
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
