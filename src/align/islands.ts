/**
 * @module align/islands
 * Links inside "islands" of a retelling: unlinked units that sit between two linked neighbours in
 * the same relative order on both sides. Position is evidence a bag-of-stems score cannot see: a
 * sentence paraphrased with synonyms ("too costly" for "too expensive") keeps only a word or two,
 * but when it stands exactly where the source says the same thing, it is a paraphrase, not an
 * addition plus a loss. So a weaker score is enough there.
 */
import type { PairScore } from './candidates.js';
import type { LinkThresholds } from './links.js';

/** Scores one source/derivative unit pair (null when they share no content term). */
export type PairScorer = (source: number, derivative: number) => PairScore | null;

interface Island {
  /** Linked derivative units bracketing the island (-1 / count for the text's ends). */
  readonly before: number;
  readonly after: number;
  readonly derivatives: number[];
  readonly sources: number[];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * Islands between consecutive linked derivative units whose links run forward in the source. Position
 * is evidence only for a short gap: a long unlinked stretch is a section the retelling left out (or
 * its own material), where a weak topical match means nothing.
 */
function islands(byDerivative: readonly PairScore[][], sourceCount: number, maxUnits: number): Island[] {
  const sourceLinked = new Set(byDerivative.flat().map((p) => p.source));
  const linked = byDerivative.flatMap((links, d) => (links.length > 0 ? [d] : []));
  const out: Island[] = [];
  for (let k = 0; k <= linked.length; k++) {
    const before = k > 0 ? linked[k - 1] : -1;
    const after = k < linked.length ? linked[k] : byDerivative.length;
    const next = after < byDerivative.length ? Math.min(...byDerivative[after].map((p) => p.source)) : sourceCount;
    // The closest link of the earlier anchor that still precedes the later one in the source.
    const previous = before >= 0 ? Math.max(-1, ...byDerivative[before].map((p) => p.source).filter((s) => s < next)) : -1;
    if (before >= 0 && previous < 0) continue;
    const sources = range(previous + 1, next).filter((s) => !sourceLinked.has(s));
    if (sources.length > 0 && sources.length <= maxUnits && after - before - 1 <= maxUnits) out.push({ before, after, derivatives: range(before + 1, after), sources });
  }
  return out;
}

function best(candidates: readonly (PairScore | null)[], ok: (p: PairScore) => boolean): PairScore | null {
  let top: PairScore | null = null;
  for (const p of candidates) if (p && ok(p) && (!top || p.cosine > top.cosine)) top = p;
  return top;
}

/**
 * Extra links inside islands: an unlinked derivative unit takes its best island source unit when they
 * share two content terms at the weak cosine; an island source unit still unlinked then joins a
 * bracketing (or newly linked) derivative unit on one shared term at 1.5 times the weak cosine (a
 * short source sentence merged into its neighbour's retelling: "I almost went home").
 */
export function islandLinks(byDerivative: readonly PairScore[][], sourceCount: number, score: PairScorer, t: LinkThresholds, maxUnits: number): PairScore[] {
  const out: PairScore[] = [];
  for (const island of islands(byDerivative, sourceCount, maxUnits)) {
    const used = new Set<number>();
    const partners = [island.before, island.after].filter((d) => d >= 0 && d < byDerivative.length);
    for (const d of island.derivatives) {
      const p = best(island.sources.map((s) => score(s, d)), (p) => p.shared >= 2 && p.cosine >= t.weakCosine);
      if (!p) continue;
      out.push(p);
      used.add(p.source);
      partners.push(d);
    }
    for (const s of island.sources) {
      if (used.has(s)) continue;
      const p = best(partners.map((d) => score(s, d)), (p) => p.cosine >= 1.5 * t.weakCosine);
      if (p) out.push(p);
    }
  }
  return out;
}
