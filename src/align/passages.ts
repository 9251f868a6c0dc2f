/**
 * @module align/passages
 * Extension of sentence links into passages (PAN style): links of consecutive derivative units whose
 * sources are also close join one passage, several passages may be open at once (reordering), and
 * short unlinked gaps are bridged so one reused block comes out as one passage.
 */
import type { Token } from '../core/types.js';
import type { PairScore } from './candidates.js';
import type { Unit } from './units.js';
import { coveredBounds, gramSet, longestCoveredRun, verbatimShare } from './verbatim.js';

export type ReuseKind = 'copied' | 'paraphrased';

export interface UnitPassage {
  readonly kind: ReuseKind;
  readonly firstDerivative: number;
  readonly lastDerivative: number;
  readonly firstSource: number;
  readonly lastSource: number;
  readonly links: readonly PairScore[];
}

export interface ExtensionOptions {
  /**
   * Unlinked units that may sit inside one copied passage, on each side. Paraphrased passages bridge
   * none: a rewrite reorders freely, and bridging would claim unused source sentences as covered.
   */
  readonly maxGap: number;
  /** Share of a derivative unit's words inside 3-grams shared with its sources for `copied`. */
  readonly copiedShare: number;
  /** Words in one verbatim run that make a unit `copied` whatever its share. */
  readonly minCopiedRun: number;
}

interface Open {
  kind: ReuseKind;
  firstDerivative: number;
  lastDerivative: number;
  firstSource: number;
  lastSource: number;
  links: PairScore[];
}

/** Source units of one derivative unit's links, cut into runs of (nearly) consecutive units. */
function clusters(links: readonly PairScore[], maxGap: number): PairScore[][] {
  const sorted = [...links].sort((a, b) => a.source - b.source);
  const out: PairScore[][] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && l.source - last[last.length - 1].source <= 1 + maxGap) last.push(l);
    else out.push([l]);
  }
  return out;
}

/**
 * `copied` when the derivative unit holds a verbatim block: most of its words, or a run of at least
 * `minCopiedRun` words, inside 3-grams shared with its sources. A run counts even in a sentence that
 * is otherwise new, since reused text is often lifted mid-sentence; the passage's span is then
 * tightened to the block.
 */
export function kindOf(derivative: Unit, sources: readonly Unit[], options: ExtensionOptions): ReuseKind {
  // One source (the usual case) lends its remembered set; several are merged.
  const grams = sources.length === 1 ? gramSet(sources[0].tokens) : new Set(sources.flatMap((s) => [...gramSet(s.tokens)]));
  if (verbatimShare(derivative.tokens, grams) >= options.copiedShare) return 'copied';
  return longestCoveredRun(derivative.tokens, grams) >= options.minCopiedRun ? 'copied' : 'paraphrased';
}

export function extendLinks(
  linksByDerivative: readonly PairScore[][],
  sourceUnits: readonly Unit[],
  derivativeUnits: readonly Unit[],
  options: ExtensionOptions,
): UnitPassage[] {
  const done: Open[] = [];
  let open: Open[] = [];
  const gapFor = (kind: ReuseKind): number => (kind === 'copied' ? options.maxGap : 0);
  const bridgeable = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to; k++) if (linksByDerivative[k].length > 0) return false;
    return true;
  };
  linksByDerivative.forEach((links, d) => {
    if (links.length === 0) return;
    const kind = kindOf(derivativeUnits[d], links.map((l) => sourceUnits[l.source]), options);
    // Passages that can no longer be continued are closed.
    const still: Open[] = [];
    for (const p of open) (d - p.lastDerivative > 1 + gapFor(p.kind) ? done : still).push(p);
    open = still;
    // A unit joins one passage only (passages never overlap on the derivative side): the source run
    // that continues an open passage, else the strongest one. Other runs stay in the links.
    let choice: { run: PairScore[]; passage: Open | null; distance: number } | null = null;
    for (const run of clusters(links, gapFor(kind))) {
      const lo = run[0].source;
      const hi = run[run.length - 1].source;
      for (const p of open) {
        if (p.kind !== kind || !bridgeable(p.lastDerivative, d)) continue;
        const distance = lo > p.lastSource ? lo - p.lastSource : hi < p.firstSource ? p.firstSource - hi : 0;
        if (distance <= 1 + gapFor(kind) && (!choice || distance < choice.distance)) choice = { run, passage: p, distance };
      }
    }
    const run = choice?.run ?? clusters(links, gapFor(kind)).sort((a, b) => b[0].cosine - a[0].cosine)[0];
    const lo = Math.min(...run.map((l) => l.source));
    const hi = Math.max(...run.map((l) => l.source));
    const best = choice?.passage;
    if (best) {
      best.lastDerivative = d;
      best.firstSource = Math.min(best.firstSource, lo);
      best.lastSource = Math.max(best.lastSource, hi);
      best.links.push(...run);
    } else {
      open.push({ kind, firstDerivative: d, lastDerivative: d, firstSource: lo, lastSource: hi, links: [...run] });
    }
  });
  return [...done, ...open].sort((a, b) => a.firstDerivative - b.firstDerivative || a.firstSource - b.firstSource);
}

/** Tokens of units `first..last`; a single unit's own (remembered-grams) list when that is all. */
export function tokensOf(units: readonly Unit[], first: number, last: number): readonly Token[] {
  return first === last ? units[first].tokens : units.slice(first, last + 1).flatMap((u) => u.tokens);
}

const TRAILING_PUNCTUATION = /^[^\s\p{L}\p{N}]+/u;

/**
 * Character span of a copied stretch: from its first to its last word inside a shared 3-gram (plus
 * closing punctuation), so the bounds do not spill into the unreused text of a boundary sentence.
 */
export function tightSpan(
  text: string,
  units: readonly Unit[],
  first: number,
  last: number,
  otherGrams: ReadonlySet<string>,
  tokens: readonly Token[] = tokensOf(units, first, last),
): { start: number; end: number } {
  const whole = { start: units[first].start, end: units[last].end };
  const covered = coveredBounds(tokens, otherGrams);
  if (!covered) return whole;
  const tail = TRAILING_PUNCTUATION.exec(text.slice(covered.end, whole.end));
  return { start: covered.start, end: covered.end + (tail ? tail[0].length : 0) };
}
