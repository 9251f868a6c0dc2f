/**
 * @module align/links
 * Which scored unit pairs become links. A pair is a seed when tf-idf cosine and Dice both pass the
 * PAN 2014 winner's 0.33 (Sanchez-Perez et al.); a pair where one side is mostly contained in the
 * other is a seed too. As in that system's extension step, weaker pairs are then accepted next to a
 * seed: a source sentence split over three derivative sentences (or three merged into one) matches
 * each part only weakly, but the part sits beside a strong link to the same place.
 */
import type { PairScore } from './candidates.js';

export interface LinkThresholds {
  readonly minCosine: number;
  readonly minDice: number;
  /** idf-weighted containment of one side in the other for a containment seed. */
  readonly minContainment: number;
  /** Distinct shared content stems for a containment seed or a supported weak link. */
  readonly minShared: number;
  /** Cosine and Dice a weak pair needs when a neighbouring seed supports it. */
  readonly weakCosine: number;
  readonly weakDice: number;
  /**
   * Rewrite regime: when at least this share of derivative units has a seed, the texts are a retelling
   * and an unlinked unit's best candidate is accepted at the weak thresholds (heavy paraphrase keeps
   * only a few content words per sentence). Below it (local reuse, or independent texts) it is not.
   */
  readonly rewriteSeedShare: number;
  /** Keep a derivative unit's weaker links only within this share of its best cosine. */
  readonly relativeToBest: number;
}

export const DEFAULT_LINK_THRESHOLDS: LinkThresholds = {
  minCosine: 0.33,
  minDice: 0.33,
  minContainment: 0.7,
  minShared: 3,
  weakCosine: 0.1,
  weakDice: 0.25,
  rewriteSeedShare: 0.3,
  relativeToBest: 0.4,
};

function isSeed(p: PairScore, t: LinkThresholds): boolean {
  if (p.cosine >= t.minCosine && p.dice >= t.minDice) return true;
  return p.shared >= t.minShared && p.cosine >= t.minCosine / 2 &&
    Math.max(p.sourceContained, p.derivativeContained) >= t.minContainment;
}

const key = (derivative: number, source: number): string => `${derivative}:${source}`;

/** Neighbouring places of a link in reading order on both sides (never against it). */
const NEIGHBOURS = [[-1, -1], [-1, 0], [0, -1], [0, 1], [1, 0], [1, 1]] as const;

function supported(p: PairScore, seeds: ReadonlySet<string>): boolean {
  return NEIGHBOURS.some(([dd, ds]) => seeds.has(key(p.derivative + dd, p.source + ds)));
}

export interface SelectedLinks {
  /** Accepted pairs grouped by derivative unit, strongest first. */
  readonly byDerivative: PairScore[][];
  /** Whether the pair is in the rewrite regime (see `rewriteSeedShare`). */
  readonly rewrite: boolean;
}

export function selectLinks(pairs: readonly PairScore[], derivativeCount: number, t: LinkThresholds): SelectedLinks {
  const seeds = new Set<string>();
  for (const p of pairs) if (isSeed(p, t)) seeds.add(key(p.derivative, p.source));
  const byDerivative: PairScore[][] = Array.from({ length: derivativeCount }, () => []);
  for (const p of pairs) {
    const weakOk = p.shared >= t.minShared && p.cosine >= t.weakCosine && p.dice >= t.weakDice && supported(p, seeds);
    if (seeds.has(key(p.derivative, p.source)) || weakOk) byDerivative[p.derivative].push(p);
  }
  const seeded = new Set([...seeds].map((k) => Number(k.split(':')[0])));
  const rewrite = seeded.size >= t.rewriteSeedShare * derivativeCount;
  if (rewrite) {
    const best = new Map<number, PairScore>();
    for (const p of pairs) {
      const weak = p.shared >= t.minShared && p.cosine >= 2 * t.weakCosine && p.dice >= t.weakDice;
      if (weak && byDerivative[p.derivative].length === 0 && (best.get(p.derivative)?.cosine ?? -1) < p.cosine) best.set(p.derivative, p);
    }
    for (const p of best.values()) byDerivative[p.derivative].push(p);
    // The source side of the same step: a source sentence nobody links to joins its best derivative
    // partner when that partner is already linked elsewhere (a sentence merged from distant places).
    const sourceLinked = new Set(byDerivative.flat().map((p) => p.source));
    const bestForSource = new Map<number, PairScore>();
    for (const p of pairs) {
      const weak = p.shared >= t.minShared && p.cosine >= 1.5 * t.weakCosine && p.dice >= 0.8 * t.weakDice;
      if (weak && !sourceLinked.has(p.source) && (bestForSource.get(p.source)?.cosine ?? -1) < p.cosine) bestForSource.set(p.source, p);
    }
    for (const p of bestForSource.values()) if (byDerivative[p.derivative].length > 0) byDerivative[p.derivative].push(p);
    // One more extension step from every accepted link: a sentence split off a linked one.
    const accepted = new Set(byDerivative.flat().map((p) => key(p.derivative, p.source)));
    for (const p of pairs) {
      const weak = p.shared >= t.minShared && p.cosine >= t.weakCosine && p.dice >= 0.8 * t.weakDice;
      if (weak && byDerivative[p.derivative].length === 0 && supported(p, accepted)) byDerivative[p.derivative].push(p);
    }
  }
  const pruned = byDerivative.map((list) => {
    list.sort((a, b) => b.cosine - a.cosine);
    const best = list[0]?.cosine ?? 0;
    return list.filter((p) => p.cosine >= best * t.relativeToBest);
  });
  return { byDerivative: pruned, rewrite };
}
