/**
 * @module audit/anchor-links
 * Extra sentence links for the audit only: a sentence the alignment left unlinked is paired with
 * the sentence of the other text that shares the most names and amounts with it, because a retelling that
 * rewrites a sentence completely ("at Tuesday's Evening Standard Theatre Awards") still keeps its
 * names, and the changed value can only be found next to them.
 */
import type { SentenceLink } from '../core/types.js';
import { amountOf } from './quantities.js';
import { NAME_TYPES, type TextIndex } from './text-index.js';

/** Names and amounts per sentence, keyed so that a shared one weighs by how specific it is. */
function namesBySentence(index: TextIndex): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const f of index.facts) {
    const key = NAME_TYPES.has(f.type) ? f.value : f.type === 'number' || f.type === 'money' ? `#${amountOf(f.value)}` : null;
    if (key === null) continue;
    const set = out.get(f.sentence) ?? new Set<string>();
    set.add(key);
    out.set(f.sentence, set);
  }
  return out;
}

function bestPartner(names: ReadonlySet<string>, other: ReadonlyMap<number, Set<string>>): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const [sentence, otherNames] of other) {
    let score = 0;
    for (const n of names) if (otherNames.has(n)) score += n.includes(' ') || n.startsWith('#') ? 2 : 1;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : null;
}

export function anchorLinks(source: TextIndex, derivative: TextIndex, links: readonly SentenceLink[]): SentenceLink[] {
  const linkedS = new Set(links.map((l) => l.source));
  const linkedD = new Set(links.map((l) => l.derivative));
  const sNames = namesBySentence(source);
  const dNames = namesBySentence(derivative);
  const out: SentenceLink[] = [];
  for (const [s, names] of sNames) {
    if (linkedS.has(s)) continue;
    const d = bestPartner(names, dNames);
    if (d !== null) out.push({ source: s, derivative: d, similarity: 0 });
  }
  for (const [d, names] of dNames) {
    if (linkedD.has(d)) continue;
    const s = bestPartner(names, sNames);
    if (s !== null) out.push({ source: s, derivative: d, similarity: 0 });
  }
  return out;
}
