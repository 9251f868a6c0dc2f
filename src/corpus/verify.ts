/**
 * @module corpus/verify
 * The one verify policy. A candidate whose keys say it is a near copy both ways is linked on that
 * estimate, recorded as such (`evidence: 'estimated'`); any other representative is aligned with
 * the `compare` aligner and judged, and only derived or same-story pairs become edges. Direction
 * comes from publication dates when both are known, else from content evidence: the text more fully
 * covered by the other is the retelling (a condensed or embedded copy). An edge's relation, coverage
 * and direction come from one alignment: when the dates name as the source the text that, read as
 * one, shows no reuse, the other reading stands, undirected.
 */
import { align } from '../align/index.js';
import type { Alignment, AnalyzedText, Verdict } from '../core/types.js';
import type { Edge } from '../store/store.js';
import { THRESHOLDS, judge, vocabularyOverlap } from '../verdict/index.js';
import type { Candidate } from './candidates.js';
import { isDerivedEdge, isLikelyDerivative, type Representatives } from './groups.js';
import type { IndexPolicy } from './policy.js';
import { isStoryPair, sharesRareSpecifics, specificKeys, type Rarity } from './story-link.js';

/** One side of a pair: its id, analysed text and publication date. */
export interface PairSide {
  readonly id: string;
  readonly analyzed: AnalyzedText;
  readonly published: string | null;
}

/** Where verification reads a stored or batch-mate document: its text analysed, or only its names and numbers (see corpus/story-link). */
export interface TextSource {
  load(id: string): Promise<PairSide | null>;
  specifics(id: string): Promise<ReadonlySet<string> | null>;
}

export interface Verification {
  readonly edge: Edge | null;
  readonly alignment: Alignment;
  readonly verdict: Verdict;
  /** Alignments it took: 1, or 2 when the reverse direction was needed. */
  readonly aligned: 1 | 2;
}

type Dated = Pick<PairSide, 'id' | 'published'>;

function byDate(a: Dated, b: Dated): -1 | 0 | 1 {
  const ta = a.published ? Date.parse(a.published) : NaN;
  const tb = b.published ? Date.parse(b.published) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return 0;
  return ta < tb ? -1 : 1;
}

/**
 * The judge calls a pair same-story on shared vocabulary OR shared names, right for one pair; but
 * a stored link is read as "these report one event", and a desk's texts share vocabulary and its
 * usual names week after week. So a stored story link needs the shared vocabulary and names and
 * numbers that are rare in the corpus (see corpus/story-link).
 */
function strongStory(vocabularyOverlap: number, a: PairSide, b: PairSide, rarity: Rarity): boolean {
  return isStoryPair(a.analyzed, b.analyzed, rarity, () => vocabularyOverlap);
}

/**
 * A candidate whose keys show no reuse may still report the same event: the story criteria need no
 * alignment, so the few best such candidates are checked on them alone and linked as same-story
 * (undirected, evidence estimated).
 */
export function storyEdge(stored: PairSide, fresh: PairSide, rarity: Rarity): Edge | null {
  let score = 0;
  if (!isStoryPair(stored.analyzed, fresh.analyzed, rarity, () => (score = vocabularyOverlap(stored.analyzed, fresh.analyzed)))) return null;
  return { from: stored.id, to: fresh.id, relation: 'same-story', score, sourceCoverage: 0, derivativeCoverage: 0, directed: false, evidence: 'estimated' };
}

/**
 * A pair of one topic: both of the judge's same-story criteria hold. Not enough for a stored link
 * (see strongStory), but the candidates are still on the fresh text's topic, so the search for its
 * links goes on past it as past a linked pair.
 */
function onTopic(v: Verdict): boolean {
  return (v.evidence.vocabularyOverlap ?? 0) >= THRESHOLDS.sameStoryVocabulary && (v.evidence.sharedNames ?? 0) >= THRESHOLDS.sameStoryNames;
}

const isDerived = (v: Verdict) => v.relation !== 'unrelated' && v.relation !== 'same-story';

function oriented(alignment: Alignment, verdict: Verdict, source: PairSide, derivative: PairSide, directed: boolean): Omit<Verification, 'aligned'> & { aligned: 1 } {
  const { sourceCoverage, derivativeCoverage, similarity } = alignment.scores;
  const score = Math.max(sourceCoverage, derivativeCoverage, similarity);
  const relation = verdict.relation;
  const edge: Edge = {
    from: source.id, to: derivative.id, relation, score, sourceCoverage, derivativeCoverage, directed: directed && relation !== 'same-story', evidence: 'aligned',
  };
  return { edge, alignment, verdict, aligned: 1 };
}

/**
 * Verifies a pair, `earlier` the side aligned first as the source (a stored candidate, or the new text
 * when the keys say it is the source), aligning each direction at most once. The aligner is not symmetric, so when neither dates nor the first alignment give a
 * direction, the reverse alignment is needed to tell which text reads as written from the other.
 */
export function verifyPair(earlier: PairSide, later: PairSide, rarity: Rarity): Verification {
  const alignment = align(earlier.analyzed, later.analyzed);
  const verdict = judge(earlier.analyzed, later.analyzed, alignment);
  if (verdict.relation === 'unrelated') return { edge: null, alignment, verdict, aligned: 1 };
  if (verdict.relation === 'same-story') {
    return strongStory(verdict.evidence.vocabularyOverlap ?? 0, earlier, later, rarity) ? oriented(alignment, verdict, earlier, later, false) : { edge: null, alignment, verdict, aligned: 1 };
  }
  const dated = byDate(earlier, later);
  if (dated < 0 || (dated === 0 && verdict.direction === 'source-to-derivative')) return oriented(alignment, verdict, earlier, later, true);
  const reverse = align(later.analyzed, earlier.analyzed);
  const reverseVerdict = judge(later.analyzed, earlier.analyzed, reverse);
  const { sourceCoverage, derivativeCoverage } = alignment.scores;
  const laterIsSource = dated > 0 || (isDerived(reverseVerdict) && reverseVerdict.direction === 'source-to-derivative') ||
    sourceCoverage - derivativeCoverage >= THRESHOLDS.directionMargin;
  if (laterIsSource && isDerived(reverseVerdict)) return { ...oriented(reverse, reverseVerdict, later, earlier, true), aligned: 2 };
  // Read the other way the pair shows no reuse (a short excerpt dated before the long page that
  // holds it): the first reading's relation and coverage hold only in its own direction, and with
  // the dates against it, no direction is claimed.
  return { ...oriented(alignment, verdict, earlier, later, false), aligned: 2 };
}

/** A near copy linked on its estimate: `copy` when nearly all keys are shared both ways. */
export function nearCopyEdge(candidate: Candidate, fresh: Dated, policy: IndexPolicy): Edge {
  const stored: Dated = candidate;
  const dated = byDate(stored, fresh);
  const [source, derivative] = dated > 0 ? [fresh, stored] : [stored, fresh];
  const sourceCoverage = source === stored ? candidate.candidateInNew : candidate.newInCandidate;
  const derivativeCoverage = source === stored ? candidate.newInCandidate : candidate.candidateInNew;
  const score = Math.min(sourceCoverage, derivativeCoverage);
  return {
    from: source.id, to: derivative.id, relation: score >= policy.exactCopy ? 'copy' : 'light-rewrite', score, sourceCoverage, derivativeCoverage,
    directed: dated !== 0, evidence: 'estimated',
  };
}


export interface Verified {
  readonly edges: readonly Edge[];
  /** Pairs aligned (each direction counted) and pairs linked on their estimate. */
  readonly aligned: number;
  readonly estimated: number;
}

/**
 * An edge carried over to a near copy of one of its ends: `into` takes the place of `out`, with the
 * same relation and coverage, recorded as estimated; dates of the new pair that contradict the
 * direction leave it undirected.
 */
export function substitute(edge: Edge, out: string, into: Dated, other: Dated): Edge {
  const [from, to] = edge.from === out ? [into, other] : [other, into];
  return { ...edge, from: from.id, to: to.id, directed: edge.directed && byDate(from, to) <= 0, evidence: 'estimated' };
}

/**
 * The edges a new document takes over from its near copies (`near`, closest first): each derived
 * edge in `known` between a near copy and another document (neither the new one nor another of its
 * near copies, which are linked on their own estimate) is carried to the new document, the closest
 * near copy's edge when several give one. A story reprinted before its origin arrives is linked
 * among itself, so the origin, a near copy of any reprint, gets an edge to each of the story's
 * retellings without aligning any: costlier verification is left for what no near copy explains.
 * At most `maxInherited`, strongest first: a reprint of a story copied a thousand times does not
 * take over a thousand edges. `dated` gives the other end's date when known (a candidate's), so
 * dates that contradict a carried direction leave it undirected.
 */
export function inheritedEdges(fresh: Dated, near: readonly Candidate[], known: readonly Edge[], dated: (id: string) => Dated, policy: IndexPolicy): Edge[] {
  const rank = new Map(near.map((c, i) => [c.id, i]));
  const best = new Map<string, { edge: Edge; via: number }>();
  for (const e of known) {
    if (!isDerivedEdge(e)) continue;
    const [via, other] = rank.has(e.from) ? [e.from, e.to] : [e.to, e.from];
    const r = rank.get(via);
    if (r === undefined || rank.has(other) || other === fresh.id) continue;
    const held = best.get(other);
    if (!held || r < held.via || (r === held.via && e.score > held.edge.score)) best.set(other, { edge: substitute(e, via, fresh, dated(other)), via: r });
  }
  return [...best.values()].map((b) => b.edge).sort((a, b) => b.score - a.score || (a.from + a.to < b.from + b.to ? -1 : 1)).slice(0, policy.maxInherited);
}

/**
 * Verifies `fresh` against its candidates (see corpus/groups): near copies of it are linked on their
 * estimate, `inherited` edges (see inheritedEdges) are taken as given; each copy class's
 * representative is aligned, its copies inherit the verdict; classes come closest first, and after
 * `maxMisses` in a row give no edge the rest are not verified. The caller leaves out of the classes
 * the candidates that `inherited` already links. `texts` gives a stored or batch-mate document's
 * analysed text, or its names and numbers; `rarity`, the corpus's frequencies of names and numbers, which a stored same-story
 * link is weighed by.
 */
export async function verifyCandidates(fresh: PairSide, reps: Representatives, inherited: readonly Edge[],
  texts: TextSource, policy: IndexPolicy, weak: readonly Candidate[], rarity: Rarity): Promise<Verified> {
  const edges: Edge[] = [...reps.near.map((c) => nearCopyEdge(c, fresh, policy)), ...inherited];
  let aligned = 0;
  let estimated = edges.length;
  let misses = 0;
  for (const { representative, copies } of reps.classes) {
    if (misses >= policy.maxMisses) break;
    const stored = await texts.load(representative.id);
    if (!stored) continue;
    // The keys already hint which text condenses or embeds the other: aligning from the likely
    // source first usually settles the pair in one alignment.
    const verification = isLikelyDerivative(representative, policy) ? verifyPair(fresh, stored, rarity) : verifyPair(stored, fresh, rarity);
    aligned += verification.aligned;
    const edge = verification.edge;
    misses = edge || onTopic(verification.verdict) ? 0 : misses + 1;
    if (!edge) continue;
    edges.push(edge);
    for (const copy of copies) edges.push(substitute(edge, representative.id, copy, fresh));
    estimated += copies.length;
  }
  for (const candidate of weak.slice(0, policy.storyChecks)) {
    // Most of them share no rare name or number with the fresh text: told from their names alone.
    const specifics = await texts.specifics(candidate.id);
    if (!specifics || !sharesRareSpecifics(specifics, specificKeys(fresh.analyzed), rarity)) continue;
    const stored = await texts.load(candidate.id);
    const edge = stored && storyEdge(stored, fresh, rarity);
    if (edge) edges.push(edge);
  }
  return { edges, aligned, estimated };
}
