/**
 * @module corpus/groups
 * Reuse groups: a document that derives from (or is derived by) a stored one joins that one's group,
 * named by the group's first member; one with no such link starts its own. A wire story reprinted
 * forty times is one group, so a new reprint is verified against a few representatives of it — the
 * member its keys say is closest, and the group's first member — not against every copy: the work
 * per document is bounded by the distinct stories it touches, not by how often each was copied.
 */
import type { Edge } from '../store/store.js';
import { isNearCopy, type Candidate } from './candidates.js';
import type { IndexPolicy } from './policy.js';

const closeness = (c: Candidate) => Math.max(c.newInCandidate, c.candidateInNew);

/**
 * Mostly contained in the new text (a condensed or embedded retelling of it): a derivative of the
 * new document, stored before it. Each such needs its own edge, so all are verified; a source
 * arrives once, so over a whole ingest this costs at most one alignment per derivative.
 */
const isContained = (c: Candidate, policy: IndexPolicy) => c.candidateInNew - c.newInCandidate >= policy.containedMargin;

/**
 * The candidates to verify, per group, closest first: every near copy (linked on its estimate, at no
 * alignment's cost, so several identical reprints all get their edge), every stored derivative of
 * the new text, and at most `perGroup` others to align (the closest and, when it was found, the
 * group's first member), for at most `maxGroups` groups ranked by their closest member.
 */
export function representatives(candidates: readonly Candidate[], policy: IndexPolicy): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) (groups.get(c.group) ?? groups.set(c.group, []).get(c.group)!).push(c);
  const ranked = [...groups.values()].map((members) => {
    const sorted = [...members].sort((a, b) => closeness(b) - closeness(a) || b.weight - a.weight || (a.id < b.id ? -1 : 1));
    const near = sorted.filter((c) => isNearCopy(c, policy));
    const contained = sorted.filter((c) => !isNearCopy(c, policy) && isContained(c, policy));
    const others = sorted.filter((c) => !isNearCopy(c, policy) && !isContained(c, policy));
    const first = others.find((c) => c.id === c.group);
    const aligned = first && !others.slice(0, policy.perGroup - 1).includes(first)
      ? [...others.slice(0, policy.perGroup - 1), first]
      : others.slice(0, policy.perGroup);
    return [...near, ...contained, ...aligned];
  });
  ranked.sort((a, b) => closeness(b[0]!) - closeness(a[0]!) || (a[0]!.id < b[0]!.id ? -1 : 1));
  return ranked.slice(0, policy.maxGroups);
}

const isDerived = (e: Edge) => e.relation !== 'same-story';

/** The group a new document joins: that of the member it is most strongly derived-linked to, else its own. */
export function groupOf(id: string, edges: readonly Edge[], groupOfMember: (id: string) => string | undefined): string {
  const best = edges.filter(isDerived).sort((a, b) => b.score - a.score)[0];
  if (!best) return id;
  return groupOfMember(best.from === id ? best.to : best.from) ?? id;
}
