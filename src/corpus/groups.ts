/**
 * @module corpus/groups
 * Reuse groups, so the work per document is bounded by the distinct stories it touches, not by how
 * often each was copied. Among a document's candidates, near copies of one another (estimated from
 * their keys: a wire story and its reprints) form one copy class: the new document is aligned with
 * one representative of each class, and the verdict is carried to the class's other members on that
 * evidence. The representative is the class's member that started its stored reuse group (the story
 * as first indexed) when present, else the closest. A new document joins the stored group of the
 * member it is most strongly derived-linked to, else starts its own.
 */
import type { DocumentKeys, Edge } from '../store/store.js';
import { areNearCopies, closeness, isNearCopy, pairCloseness, sharedCount, sharedKeys, sharesExclusiveKeys, type Candidate } from './candidates.js';
import { greedyCover } from './greedy-cover.js';
import type { IndexPolicy } from './policy.js';

/** Candidates that are near copies of one another; `representative` is aligned, the rest inherit. */
export interface CopyClass {
  readonly representative: Candidate;
  readonly copies: readonly Candidate[];
}

export interface Representatives {
  /** Near copies of the new document itself: linked on their estimate, no alignment. */
  readonly near: readonly Candidate[];
  /**
   * Closest first: every class the new document likely is the source of (its stored derivatives,
   * each needing its own edge: a source arrives once, so over a whole ingest this costs at most one
   * alignment per derivative), every class sharing with it keys no other stored text holds (taken
   * one from the other, see candidates exclusiveKeys), and `maxSources` of the others (a text has
   * few sources), chosen for the evidence each adds (see byNewEvidence); at most `maxClasses` in all.
   */
  readonly classes: readonly CopyClass[];
}

const byCloseness = (a: Candidate, b: Candidate) => closeness(b) - closeness(a) || b.weight - a.weight || (a.id < b.id ? -1 : 1);

/** The near copies of the new document among `candidates`, closest first. */
export function nearCopies(candidates: readonly Candidate[], policy: IndexPolicy): Candidate[] {
  return candidates.filter((c) => isNearCopy(c, policy)).sort(byCloseness);
}

/**
 * Up to `limit` of `classes` (closest first): each time the one whose members together hold the
 * most of the new text's passage keys (`fresh`) that those chosen before do not; on a tie the one
 * of most members, then the closest. So the first is the class holding most of the new text, and of
 * those the most copied, not the closest: a story's other partial retellings embed the same passage
 * of it as a partial new text does, and being small they are closer to it than the story is, yet
 * what they share of the new text they took from the story its many copies are of. Many retellings
 * of one story share the same passages of a new text, and a second of them explains nothing the
 * first did not; the text it was rewritten from holds the passages (its own rewording) that the
 * story's other copies lack.
 */
function byNewEvidence(classes: readonly Candidate[][], fresh: readonly number[], limit: number): Candidate[][] {
  const explains = new Set(fresh);
  // Once per class: the cover asks an item's elements again each time it re-weighs it.
  const held = new Map(classes.map((members) => [members, [...new Set(members.flatMap((c) => c.keys.passages))]]));
  const byCopies = [...classes].sort((a, b) => b.length - a.length);
  return greedyCover(byCopies, (members) => held.get(members)!, { weight: (k) => (explains.has(k) ? 1 : 0), limit, stopWhenNothingAdded: false });
}

/**
 * Whether what `c` shares with the new text is explained by another text: a candidate of another
 * copy class, not a near copy of the new text, that holds at least `policy.explainedShare` of the
 * passage keys the two share and is at least as close to `c` as the new text is. Then `c`, though
 * mostly contained in the new text, was likely taken from that other text (its source, of which the
 * new text is a sibling): the retellings of a story each hold what its shorter retellings took from
 * it, so each new one looked like the source of every shorter one stored, and the alignments a
 * document needed grew with the number of retellings of its story. A near copy of the new text
 * explains nothing (either may be the other's source: see corpus/verify inheritedEdges), nor does a
 * near copy of `c` (it holds what `c` holds).
 */
function explainedElsewhere(members: readonly Candidate[], classes: readonly (readonly Candidate[])[], fresh: DocumentKeys, policy: IndexPolicy): boolean {
  const c = members[0]!;
  const shared = sharedKeys(fresh.passages, c.keys.passages);
  if (shared.length === 0) return false;
  const reach = closeness(c);
  const enough = policy.explainedShare * shared.length;
  return classes.some((other) => other !== members && other.some((x) => pairCloseness(x, c) >= reach && sharedCount(shared, x.keys.passages) >= enough));
}

export function representatives(candidates: readonly Candidate[], fresh: DocumentKeys, policy: IndexPolicy): Representatives {
  const sorted = [...candidates].sort(byCloseness);
  const near = nearCopies(candidates, policy);
  const classes: Candidate[][] = [];
  for (const c of sorted) {
    if (isNearCopy(c, policy)) continue;
    const home = classes.find((members) => areNearCopies(members[0]!, c, policy));
    if (home) home.push(c);
    else classes.push([c]);
  }
  // Once per class: whether one is explained elsewhere is weighed against every other class.
  const direct = new Set(classes.filter((members) => members.some(sharesExclusiveKeys) ||
    (isLikelyDerivative(members[0]!, policy) && !explainedElsewhere(members, classes, fresh, policy))));
  const sources = byNewEvidence(classes.filter((members) => !direct.has(members)), fresh.passages, policy.maxSources);
  const chosen = classes.filter((members) => direct.has(members) || sources.includes(members)).slice(0, policy.maxClasses);
  return {
    near,
    classes: chosen.map((members) => {
      const representative = members.find((c) => c.id === c.group) ?? members[0]!;
      return { representative, copies: members.filter((c) => c !== representative) };
    }),
  };
}

/** Mostly contained in the new text, not the reverse: a condensed or embedded retelling of it. */
export function isLikelyDerivative(c: Candidate, policy: IndexPolicy): boolean {
  return c.candidateInNew - c.newInCandidate >= policy.containedMargin;
}

/** A reuse edge, not a story link. */
export const isDerivedEdge = (e: Edge) => e.relation !== 'same-story';

/**
 * The group a new document joins: that of the member of known group (a candidate or batch-mate) it
 * is most strongly derived-linked to, else its own.
 */
export function groupOf(id: string, edges: readonly Edge[], groupOfMember: (id: string) => string | undefined): string {
  const groups = edges.filter(isDerivedEdge).sort((a, b) => b.score - a.score).map((e) => groupOfMember(e.from === id ? e.to : e.from));
  return groups.find((g) => g !== undefined) ?? id;
}
