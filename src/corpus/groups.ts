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
import { areNearCopies, isNearCopy, type Candidate } from './candidates.js';
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
   * alignment per derivative), and `maxSources` of the others (a text has few sources), chosen for
   * the evidence each adds (see byNewEvidence); at most `maxClasses` in all.
   */
  readonly classes: readonly CopyClass[];
}

const closeness = (c: Candidate) => Math.max(c.newInCandidate, c.candidateInNew);
const byCloseness = (a: Candidate, b: Candidate) => closeness(b) - closeness(a) || b.weight - a.weight || (a.id < b.id ? -1 : 1);

/** The near copies of the new document among `candidates`, closest first. */
export function nearCopies(candidates: readonly Candidate[], policy: IndexPolicy): Candidate[] {
  return candidates.filter((c) => isNearCopy(c, policy)).sort(byCloseness);
}

/**
 * Up to `limit` of `classes` (closest first): the closest, then each time the one whose closest
 * member holds the most of the new text's passage keys (`fresh`) that those chosen before it do not,
 * the closest on a tie. Many retellings of one story share the same passages of a new text, and a
 * second of them explains nothing the first did not; the text it was rewritten from holds the
 * passages (its own rewording) that the story's other copies lack.
 */
function byNewEvidence(classes: readonly Candidate[][], fresh: readonly number[], limit: number): Candidate[][] {
  const [closest, ...others] = classes;
  if (!closest || limit <= 0) return [];
  const explains = new Set(fresh);
  const passagesOf = (members: readonly Candidate[]) => members[0]!.keys.passages;
  return [closest, ...greedyCover(others, passagesOf, { weight: (k) => (explains.has(k) ? 1 : 0), covered: passagesOf(closest), limit: limit - 1, stopWhenNothingAdded: false })];
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
  const derivatives = classes.filter((members) => isLikelyDerivative(members[0]!, policy));
  const sources = byNewEvidence(classes.filter((members) => !isLikelyDerivative(members[0]!, policy)), fresh.passages, policy.maxSources);
  const chosen = classes.filter((members) => derivatives.includes(members) || sources.includes(members)).slice(0, policy.maxClasses);
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
