/**
 * @module stories/split
 * A story that has grown two event cores is split in two: its kept members are parted by 2-medoids
 * on their combined similarity, and when both parts are cores (enough members) that agree with each
 * other less than `crossScore` on average, the part without the founder becomes a story of its own.
 * Both stories are rebuilt from their kept members, so each centroid holds only its own event.
 */
import type { KeptMember, StoryMember, StoryRecord } from '../core/stories.js';
import type { StoryFeatures } from './features.js';
import type { StoryPolicy } from './policy.js';
import { similarity } from './similarity.js';
import { foundStory, joinStory, labelsByKey, type WeighedDocument } from './story.js';

export interface Split {
  /** The founder's part, under the story's id. */
  readonly story: StoryRecord;
  /** The other part, under the id of its earliest member. */
  readonly split: StoryRecord;
  /** The members of `split`, their rows rewritten where the split changes why they are there. */
  readonly moved: readonly StoryMember[];
}

type Matrix = readonly (readonly number[])[];

function medoid(group: readonly number[], sim: Matrix): number {
  let best = group[0]!;
  let bestSum = -1;
  for (const i of group) {
    const sum = group.reduce((s, j) => s + sim[i]![j]!, 0);
    if (sum > bestSum) [best, bestSum] = [i, sum];
  }
  return best;
}

/** Two groups around two medoids: the most central member and the member least like it, refined. */
export function twoMedoids(sim: Matrix): [number[], number[]] {
  const all = sim.map((_, i) => i);
  let a = medoid(all, sim);
  let b = all.filter((i) => i !== a).reduce((x, y) => (sim[a]![y]! < sim[a]![x]! ? y : x));
  let groups: [number[], number[]] = [[], []];
  for (let round = 0; round < 8; round++) {
    groups = [[], []];
    for (const i of all) groups[sim[i]![b]! > sim[i]![a]! ? 1 : 0].push(i);
    const [na, nb] = [medoid(groups[0], sim), medoid(groups[1], sim)];
    if (na === a && nb === b) break;
    [a, b] = [na, nb];
  }
  return groups;
}

function meanBetween(x: readonly number[], y: readonly number[], sim: Matrix): number {
  let sum = 0;
  for (const i of x) for (const j of y) sum += sim[i]![j]!;
  return sum / (x.length * y.length);
}

/**
 * The kept members' similarities, each pair computed once and a member's own exactly 1 (0 when it has
 * no keys): rounding then cannot break what is a tie between two members (a medoid of two).
 */
export function similarities(kept: readonly KeptMember[], policy: StoryPolicy): number[][] {
  const sim = kept.map((a) => kept.map(() => 0));
  for (const [i, a] of kept.entries()) {
    sim[i]![i] = similarity(a.vectors, a.vectors, policy) > 0 ? 1 : 0;
    for (let j = 0; j < i; j++) sim[i]![j] = sim[j]![i] = similarity(a.vectors, kept[j]!.vectors, policy);
  }
  return sim;
}

function asDocument(kept: KeptMember, labels: StoryFeatures['labels']): WeighedDocument {
  const m = kept.member;
  const features: StoryFeatures = { id: m.id, title: m.title, outlet: m.outlet, published: m.published, period: m.period, specifics: {}, terms: {}, titleTerms: {}, labels };
  return { features, vectors: kept.vectors };
}

/** A story rebuilt from kept members, each term shown as in the story they come from. */
function rebuilt(members: readonly KeptMember[], from: StoryRecord, policy: StoryPolicy): StoryRecord {
  const labels = labelsByKey(from);
  const [first, ...rest] = members;
  let story = foundStory(asDocument(first!, labels), first!.member, policy);
  for (const k of rest) story = joinStory(story, asDocument(k, labels), k.member, policy);
  return story;
}

/** The story's two event cores as two stories, or null when it has one (or too few kept members to tell). */
export function splitStory(story: StoryRecord, policy: StoryPolicy): Split | null {
  const { minCore, crossScore } = policy.split;
  const { kept } = story;
  if (kept.length !== story.size || kept.length < 2 * minCore) return null;
  const sim = similarities(kept, policy);
  const groups = twoMedoids(sim);
  if (groups.some((g) => g.length < minCore) || meanBetween(groups[0], groups[1], sim) >= crossScore) return null;
  const [own, other] = groups[0].includes(0) ? groups : [groups[1], groups[0]];
  const [head, ...tail] = other.sort((x, y) => x - y).map((i) => kept[i]!);
  const founder: KeptMember = {
    ...head!,
    member: { ...head!.member, reason: 'founded', score: 1, why: `split from story ${story.id}: the first of its own event core` },
  };
  const moved = [founder, ...tail];
  return {
    story: rebuilt(own.sort((x, y) => x - y).map((i) => kept[i]!), story, policy),
    split: rebuilt(moved, story, policy),
    moved: moved.map((k) => k.member),
  };
}
