/**
 * @module stories/story
 * A story record founded by one document and grown by the documents that join it: the centroid is
 * the sum of the members' vectors (cut to a fixed size), the origin the earliest dated member.
 */
import type { JoinReason, KeptMember, StoryMember, StoryRecord, StoryViews, Weights } from '../core/stories.js';
import type { StoryFeatures } from './features.js';
import type { StoryPolicy } from './policy.js';
import { addVector, EMPTY, heaviestKeys, indexOf, tfidf, topKeys, type Frequencies } from './vectors.js';

/** A document weighed against the frequencies of the batch it arrived in. */
export interface WeighedDocument {
  readonly features: StoryFeatures;
  readonly vectors: StoryViews;
}

export function weigh(features: StoryFeatures, frequencies: Frequencies, policy: StoryPolicy): WeighedDocument {
  const k = policy.documentKeys;
  return {
    features,
    vectors: {
      specifics: tfidf(features.specifics, frequencies, k.specifics, policy.idfPower),
      terms: tfidf(features.terms, frequencies, k.terms, policy.idfPower),
      title: tfidf(features.titleTerms, frequencies, k.title, policy.idfPower),
    },
  };
}

/** Display form of a specifics key: numbers are stored with a leading '#'. */
export const displayName = (key: string) => (key.startsWith('#') ? key.slice(1) : key);

const time = (iso: string | null) => (iso ? Date.parse(iso) : NaN);

function earlier(a: string | null, b: string | null): string | null {
  if (Number.isNaN(time(a))) return Number.isNaN(time(b)) ? null : b;
  return Number.isNaN(time(b)) || time(a) <= time(b) ? a : b;
}

function later(a: string | null, b: string | null): string | null {
  if (Number.isNaN(time(a))) return Number.isNaN(time(b)) ? null : b;
  return Number.isNaN(time(b)) || time(a) >= time(b) ? a : b;
}

function topNames(centroid: StoryViews): string[] {
  // A pair ("Tara Reid") says more than its parts; its single words are then left out.
  const keys = topKeys(centroid.specifics, 12);
  const inPairs = new Set(keys.filter((k) => k.includes(' ')).flatMap((k) => k.split(' ')));
  return keys.filter((k) => !inPairs.has(k)).slice(0, 6).map(displayName);
}

/** One line: what the members of a story share. */
export function storyWhy(size: number, names: readonly string[], terms: readonly string[], reused: number): string {
  if (size === 1) return 'one report so far';
  const about = terms.length > 0 ? `; about ${terms.slice(0, 3).join(', ')}` : '';
  const copies = reused > 0 ? `; ${reused} joined as reuse of a member` : '';
  return `${size} reports naming ${names.slice(0, 4).join(', ') || 'no shared name'}${about}${copies}`;
}

function summarised(base: Omit<StoryRecord, 'topNames' | 'topTerms' | 'why'>): StoryRecord {
  const names = topNames(base.centroid);
  const shown = topKeys(base.centroid.terms, 6).map((k) => labelOf(base, k) ?? k);
  return { ...base, topNames: names, topTerms: shown, why: storyWhy(base.size, names, shown, base.reused) };
}

/** Display form of a term key of the story's centroid, when it has one. */
export function labelOf(story: Pick<StoryRecord, 'centroid' | 'labels'>, key: string): string | undefined {
  return story.labels[indexOf(story.centroid.terms, key)] || undefined;
}

/** The display form of each term key of the story's centroid, by key. */
export function labelsByKey(story: Pick<StoryRecord, 'centroid' | 'labels'>): Record<string, string> {
  return Object.fromEntries(story.centroid.terms.keys.map((key, i) => [key, story.labels[i]!]));
}

/** Labels for `terms`: the story's own where it had the key, else the joining document's ('' for none). */
function termLabels(terms: Weights, before: Weights, labels: readonly string[], fresh: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  let j = 0;
  for (const key of terms.keys) {
    while (j < before.keys.length && before.keys[j]! < key) j++;
    out.push((before.keys[j] === key ? labels[j] : undefined) || (Object.hasOwn(fresh, key) ? fresh[key]! : ''));
  }
  return out;
}

function addViews(a: StoryViews, b: StoryViews, limit: number): StoryViews {
  return { specifics: addVector(a.specifics, b.specifics, limit), terms: addVector(a.terms, b.terms, limit), title: addVector(a.title, b.title, limit) };
}

export function memberOf(doc: WeighedDocument, reason: JoinReason, score: number, shared: readonly string[], why: string): StoryMember {
  const f = doc.features;
  return { id: f.id, title: f.title, outlet: f.outlet, published: f.published, period: f.period, reason, score, shared, why };
}

/** A member's vectors cut to the few keys a split compares (a kept member costs little to store). */
function keptMember(doc: WeighedDocument, member: StoryMember, policy: StoryPolicy): KeptMember {
  const k = policy.split.keys;
  const v = doc.vectors;
  return { member, vectors: { specifics: heaviestKeys(v.specifics, k.specifics), terms: heaviestKeys(v.terms, k.terms), title: heaviestKeys(v.title, k.title) } };
}

/** The story's outlets with the member's, if it has one the story lacks and there is room. */
function withOutlet(outlets: readonly string[], outlet: string | null, policy: StoryPolicy): readonly string[] {
  if (outlet === null || outlets.includes(outlet) || outlets.length >= policy.storyOutlets) return outlets;
  return [...outlets, outlet];
}

export function foundStory(doc: WeighedDocument, member: StoryMember, policy: StoryPolicy): StoryRecord {
  const f = doc.features;
  const centroid = addViews({ specifics: EMPTY, terms: EMPTY, title: EMPTY }, doc.vectors, policy.centroidKeys);
  const labels = termLabels(centroid.terms, EMPTY, [], f.labels);
  const kept = [keptMember(doc, member, policy)];
  return summarised({ id: f.id, size: 1, reused: 0, origin: f.id, firstSeen: f.published, lastSeen: f.published, centroid, labels, kept, outlets: withOutlet([], f.outlet, policy), title: f.title });
}

export function joinStory(story: StoryRecord, doc: WeighedDocument, member: StoryMember, policy: StoryPolicy): StoryRecord {
  const f = doc.features;
  const firstSeen = earlier(story.firstSeen, f.published);
  const becomesOrigin = f.published !== null && firstSeen === f.published && f.published !== story.firstSeen;
  // Stories stored before members were kept have none: they are not split.
  const kept = story.kept.length === story.size && story.size < policy.split.members ? [...story.kept, keptMember(doc, member, policy)] : [];
  const centroid = addViews(story.centroid, doc.vectors, policy.centroidKeys);
  return summarised({
    id: story.id,
    size: story.size + 1,
    reused: story.reused + (member.reason === 'reuse' ? 1 : 0),
    origin: becomesOrigin ? f.id : story.origin,
    firstSeen,
    lastSeen: later(story.lastSeen, f.published),
    centroid,
    labels: termLabels(centroid.terms, story.centroid.terms, story.labels, f.labels),
    kept,
    outlets: withOutlet(story.outlets, f.outlet, policy),
    title: becomesOrigin ? (f.title ?? story.title) : (story.title ?? f.title),
  });
}

/**
 * Two stories as one, under `a`'s id: the centroids summed (cut as ever), the earlier origin, every
 * outlet there is room for, and the kept members while both kept all theirs and together fit.
 */
export function mergeStories(a: StoryRecord, b: StoryRecord, policy: StoryPolicy): StoryRecord {
  const firstSeen = earlier(a.firstSeen, b.firstSeen);
  const fromB = b.firstSeen !== null && firstSeen === b.firstSeen && b.firstSeen !== a.firstSeen;
  const size = a.size + b.size;
  const keptAll = (s: StoryRecord) => s.kept.length === s.size;
  const centroid = addViews(a.centroid, b.centroid, policy.centroidKeys);
  return summarised({
    id: a.id,
    size,
    reused: a.reused + b.reused,
    origin: fromB ? b.origin : a.origin,
    firstSeen,
    lastSeen: later(a.lastSeen, b.lastSeen),
    centroid,
    labels: termLabels(centroid.terms, a.centroid.terms, a.labels, labelsByKey(b)),
    kept: keptAll(a) && keptAll(b) && size <= policy.split.members ? [...a.kept, ...b.kept] : [],
    outlets: b.outlets.reduce((outlets, outlet) => withOutlet(outlets, outlet, policy), a.outlets),
    title: fromB ? (b.title ?? a.title) : (a.title ?? b.title),
  });
}

// Records are never changed (a join makes a new one), so a record's keys hold for its lifetime: a
// batch asks them of each candidate story as it is read, after each join, and for the write.
const keysOfStory = new WeakMap<StoryPolicy, WeakMap<StoryRecord, readonly string[]>>();

/** Keys a story is found under: its heaviest names and numbers, then its heaviest terms. */
export function storyKeys(story: StoryRecord, policy: StoryPolicy): readonly string[] {
  let known = keysOfStory.get(policy);
  if (!known) keysOfStory.set(policy, (known = new WeakMap()));
  let keys = known.get(story);
  if (!keys) {
    const names = topKeys(story.centroid.specifics, Math.ceil((policy.storyKeys * 2) / 3));
    known.set(story, (keys = [...names, ...topKeys(story.centroid.terms, policy.storyKeys - names.length)]));
  }
  return keys;
}

/** The keys a document looks stories up by, chosen the same way. */
export function queryKeys(doc: WeighedDocument, policy: StoryPolicy): string[] {
  const names = topKeys(doc.vectors.specifics, Math.ceil((policy.queryKeys * 2) / 3));
  return [...names, ...topKeys(doc.vectors.terms, policy.queryKeys - names.length)];
}
