/**
 * @module audit/pair-changes
 * Finds the facts a retelling changed: a source fact the derivative does not state, facing a
 * derivative fact of the same kind the source does not state, in the same slot of linked sentences
 * (same word-alignment gap, same unit, a similar spelling). Respellings of names are also paired
 * across the whole text, since a name spelt two ways is one person wherever it stands.
 */
import type { Fact } from '../core/types.js';
import { dateKind } from './dates.js';
import type { LinkIndex, LinkedPair } from './links.js';
import { unitOfValue } from './quantities.js';
import { compareNames, editSimilarity } from './similarity.js';
import { NAME_TYPES, type TextIndex } from './text-index.js';
import { facingRange } from './token-lcs.js';

export interface ChangePair {
  readonly source: Fact;
  readonly derivative: Fact;
}

function kindOf(f: Fact): string {
  if (NAME_TYPES.has(f.type)) return 'name';
  if (f.type === 'number' || f.type === 'money') return 'quantity';
  return f.type;
}

function tokenIndices(f: Fact, tokens: LinkedPair['sourceTokens']): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.start < f.span.end && t.end > f.span.start) out.push(i);
  });
  return out;
}

/**
 * Whether `g` stands in the alignment gap facing `f` in this linked pair, and that gap is a
 * replacement of similar length (not a whole clause of other material).
 */
function sameSlot(pair: LinkedPair, f: Fact, g: Fact): boolean {
  const gTokens = new Set(tokenIndices(g, pair.derivativeTokens));
  const content = (tokens: LinkedPair['sourceTokens'], lo: number, hi: number, own: readonly number[]) => {
    let n = 0;
    for (let j = lo; j < hi; j++) if (!tokens[j].isStop && own[j] < 0) n++;
    return n;
  };
  return tokenIndices(f, pair.sourceTokens).some((i) => {
    if (pair.words.aToB[i] >= 0) return false;
    const [lo, hi] = facingRange(pair.words.aToB, i, pair.derivativeTokens.length);
    const [sLo, sHi] = facingRange(pair.words.bToA, lo < hi ? lo : i, pair.sourceTokens.length);
    const facing = content(pair.derivativeTokens, lo, hi, pair.words.bToA);
    const own = content(pair.sourceTokens, sLo, sHi, pair.words.aToB);
    if (facing > 2 * Math.max(own, 1) + 1) return false;
    for (let j = lo; j < hi; j++) if (gTokens.has(j)) return true;
    return false;
  });
}

const neighbourCache = new WeakMap<Fact, [string, string]>();

/** Content-word stems on either side of a fact in its sentence: the slot it fills. */
function neighbours(f: Fact, index: TextIndex): [string, string] {
  const cached = neighbourCache.get(f);
  if (cached) return cached;
  const s = index.analyzed.sentences[f.sentence];
  const tokens = index.analyzed.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => !t.isStop);
  const before = tokens.filter((t) => t.end <= f.span.start).pop()?.stem ?? '';
  const after = tokens.find((t) => t.start >= f.span.end)?.stem ?? '';
  neighbourCache.set(f, [before, after]);
  return [before, after];
}

/** Same words around both ("ready for a 2005 poll" / "ready for a 2006 poll"), wherever they stand. */
function slotScore(f: Fact, g: Fact, src: TextIndex, der: TextIndex): number {
  const [fb, fa] = neighbours(f, src);
  const [gb, ga] = neighbours(g, der);
  const same = (fb !== '' && fb === gb ? 1 : 0) + (fa !== '' && fa === ga ? 1 : 0);
  if (same === 2) return 2;
  if (same === 1 && kindOf(f) === 'name' && compareNames(f.value, g.value).shared > 0) return 2;
  return 0;
}

function similarNames(a: string, b: string): boolean {
  const c = compareNames(a, b);
  return (c.shared >= 1 && c.closest >= 0.4) || editSimilarity(a, b) >= 0.75;
}

function score(pair: LinkedPair, f: Fact, g: Fact, alone: boolean): number {
  const slot = sameSlot(pair, f, g) ? 2 : 0;
  switch (kindOf(f)) {
    case 'name':
      return slot + (similarNames(f.value, g.value) ? 2 + editSimilarity(f.value, g.value) : 0);
    case 'quantity': {
      const unit = unitOfValue(f.value);
      return slot + (unit && unit === unitOfValue(g.value) ? 2 : 0) + (alone ? 1 : 0);
    }
    case 'date':
      return slot + (dateKind(f.value) === dateKind(g.value) ? 1 : 0) + (alone && dateKind(f.value) === dateKind(g.value) ? 1 : 0);
    default:
      return 0;
  }
}

/** Pairs missing source facts with missing derivative facts; each fact is used at most once. */
export function pairChanges(
  missingSource: readonly Fact[],
  missingDerivative: readonly Fact[],
  links: LinkIndex,
  src: TextIndex,
  der: TextIndex,
): ChangePair[] {
  const candidates: Array<{ f: Fact; g: Fact; score: number }> = [];
  for (const f of missingSource) {
    for (const pair of links.bySource(f.sentence)) {
      const gs = missingDerivative.filter((g) => g.sentence === pair.derivative && kindOf(g) === kindOf(f));
      const fs = missingSource.filter((x) => x.sentence === f.sentence && kindOf(x) === kindOf(f));
      for (const g of gs) {
        const s = score(pair, f, g, gs.length === 1 && fs.length === 1);
        if (s >= 2) candidates.push({ f, g, score: s });
      }
    }
  }
  for (const f of missingSource) {
    for (const g of missingDerivative) {
      if (kindOf(g) !== kindOf(f)) continue;
      const slot = slotScore(f, g, src, der);
      if (slot > 0) candidates.push({ f, g, score: slot });
      if (kindOf(f) !== 'name' || Math.abs(f.value.length - g.value.length) > Math.max(f.value.length, g.value.length) / 2) continue;
      const c = compareNames(f.value, g.value);
      const respelt = (c.shared >= 1 && c.onlyA.length === 1 && c.onlyB.length === 1 && c.closest >= 0.5)
        || (c.shared === 0 && c.closest >= 0.75 && f.value.length >= 5);
      if (respelt) candidates.push({ f, g, score: 1.5 + c.closest });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const usedF = new Set<Fact>();
  const usedG = new Set<Fact>();
  const out: ChangePair[] = [];
  const pairedValue = new Map<Fact, string>();
  for (const c of candidates) {
    // A source value changed once may reappear changed the same way (headline and body).
    if (usedG.has(c.g) || (usedF.has(c.f) && pairedValue.get(c.f) !== c.g.value)) continue;
    pairedValue.set(c.f, c.g.value);
    usedF.add(c.f);
    usedG.add(c.g);
    out.push({ source: c.f, derivative: c.g });
  }
  return [...out, ...propagateRenames(out, missingSource.filter((f) => !usedF.has(f)), missingDerivative)];
}

/** Once "Madden" became "Madigan" in a full name, a bare "Madden" elsewhere is the same change. */
function propagateRenames(found: readonly ChangePair[], rest: readonly Fact[], missingDerivative: readonly Fact[]): ChangePair[] {
  const renames = new Map<string, string>();
  for (const p of found) {
    if (kindOf(p.source) !== 'name') continue;
    const c = compareNames(p.source.value, p.derivative.value);
    if (c.onlyA.length === 1 && c.onlyB.length === 1) renames.set(c.onlyA[0], c.onlyB[0]);
  }
  const out: ChangePair[] = [];
  for (const f of rest) {
    if (kindOf(f) !== 'name') continue;
    const word = f.value.split(' ').find((w) => renames.has(w));
    if (!word) continue;
    const target = renames.get(word) as string;
    const g = missingDerivative.find((x) => kindOf(x) === 'name' && x.value.split(' ').includes(target));
    if (g) out.push({ source: f, derivative: g });
  }
  return out;
}
