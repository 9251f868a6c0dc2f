/**
 * @module stories/assign-batch
 * Online story clustering of one batch (after Miranda et al. 2018): each document, in order, joins
 * the story whose centroid it matches as a whole, or founds a new one. Reuse of much of a member
 * (copy or rewrite) is enough to join, and reuse of a small part of one (a teaser on a front page,
 * a lead quoted by a long article) is enough only when the document is also like the story; a
 * match by similarity also needs names or numbers shared with the centroid, a higher similarity
 * when the document's outlet already reported the story (an outlet's next episode of its own saga
 * is not another report of the event) and, when both sides are dated, a date inside the story's
 * window. A document is compared with stories, never with one other document, so weak pairwise
 * links chain nothing; the one exception is the strongest evidence there is: a document retelling
 * members of two stories in overlapping passages shows the two are one story found twice, and they
 * are merged. After each join a small story is checked for two event cores, and split when it has them.
 */
import { percent, plural } from '../core/format.js';
import { mostHits } from '../core/most-hits.js';
import type { StoryMember, StoryRecord, StoryUpdate } from '../core/stories.js';
import type { Relation } from '../core/types.js';
import type { StoryFeatures } from './features.js';
import { STORY_POLICY, type StoryPolicy } from './policy.js';
import { displayName, foundStory, joinStory, labelOf, memberOf, mergeStories, queryKeys, storyKeys, weigh, type WeighedDocument } from './story.js';
import { similarity } from './similarity.js';
import { splitStory } from './split.js';
import { sharedKeys, type Frequencies } from './vectors.js';

export interface BatchDocument {
  readonly features: StoryFeatures;
  /** Verified reuse edges of this document: the other end, the relation, and this document's side of it. */
  readonly reuse: readonly ReuseLink[];
}

export interface ReuseLink {
  readonly other: string;
  readonly relation: Relation;
  /** `derivative`: this document retells `other`; `source`: `other` retells it; `unknown`: no direction. */
  readonly role: 'source' | 'derivative' | 'unknown';
  /** Share of each text the reused passages cover: `self` of this document, `other` of its partner. */
  readonly share: { readonly self: number; readonly other: number };
}

/**
 * Why a document joined through reuse, read the right way round; a join on a small share of reuse
 * also says how small, and how like the story the document is.
 */
export function reuseReason({ other, relation, role, share }: ReuseLink, similar: number | null = null): string {
  const link = role === 'derivative' ? `${relation} of ${other}` : role === 'source' ? `source of ${other} (${relation})` : `${relation} shared with ${other}, direction unknown`;
  if (similar === null) return link;
  return `${link}; the reuse is ${percent(share.self)} of this text and ${percent(share.other)} of ${other}, and the text is like the story (similarity ${similar.toFixed(2)})`;
}

/** What the stores know before the batch: only the rows the batch's keys and edges lead to. */
export interface StorySnapshot {
  readonly frequencies: Frequencies;
  /** Stories found under the batch documents' query keys. */
  readonly candidates: readonly StoryRecord[];
  /** The story of each reuse partner that has one. */
  readonly storyOf: ReadonlyMap<string, string>;
}

// Asked twice of each document (its frequencies read, then the batch's counted): made once.
const keysOfFeatures = new WeakMap<StoryFeatures, readonly string[]>();

/** The distinct feature keys of a document, each counted once in the document frequencies. */
export function featureKeys(f: StoryFeatures): readonly string[] {
  let keys = keysOfFeatures.get(f);
  if (!keys) keysOfFeatures.set(f, (keys = [...new Set([...Object.keys(f.specifics), ...Object.keys(f.terms), ...Object.keys(f.titleTerms)])]));
  return keys;
}

const REUSE: ReadonlySet<Relation> = new Set(['copy', 'light-rewrite', 'heavy-rewrite']);
const DAY = 86_400_000;

interface Match {
  readonly story: StoryRecord;
  readonly score: number;
  readonly shared: string[];
}

function inWindow(published: string | null, story: StoryRecord, policy: StoryPolicy): boolean {
  const t = published ? Date.parse(published) : NaN;
  const first = story.firstSeen ? Date.parse(story.firstSeen) : NaN;
  const last = story.lastSeen ? Date.parse(story.lastSeen) : NaN;
  if (Number.isNaN(t) || Number.isNaN(first) || Number.isNaN(last)) return true;
  return t >= first - policy.windowDays * DAY && t <= last + policy.windowDays * DAY;
}

/**
 * Candidate stories sharing the most query keys with the document, then scored whole. Stories are
 * indexed only under the keys the batch's documents ask by: the others are never looked up.
 */
class WorkingSet {
  private readonly stories = new Map<string, StoryRecord>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();
  readonly changed = new Set<string>();

  constructor(private readonly policy: StoryPolicy, private readonly asked: ReadonlySet<string>) {}

  get(id: string): StoryRecord | undefined {
    return this.stories.get(id);
  }

  /** Forgets a story merged into another. */
  remove(id: string): void {
    for (const key of this.keysOf.get(id) ?? []) this.byKey.get(key)?.delete(id);
    this.keysOf.delete(id);
    this.stories.delete(id);
    this.changed.delete(id);
  }

  put(story: StoryRecord, changed: boolean): void {
    for (const key of this.keysOf.get(story.id) ?? []) this.byKey.get(key)?.delete(story.id);
    const keys = storyKeys(story, this.policy).filter((key) => this.asked.has(key));
    for (const key of keys) (this.byKey.get(key) ?? this.byKey.set(key, new Set()).get(key)!).add(story.id);
    this.keysOf.set(story.id, keys);
    this.stories.set(story.id, story);
    if (changed) this.changed.add(story.id);
  }

  candidates(keys: readonly string[]): StoryRecord[] {
    const hits = new Map<string, number>();
    for (const key of keys) for (const id of this.byKey.get(key) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    return mostHits(hits, this.policy.candidateStories).map((id) => this.stories.get(id)!);
  }
}

/** The similarity a document needs to join a story: more when its outlet already reported the story. */
export function joinScoreFor(doc: WeighedDocument, story: StoryRecord, policy: StoryPolicy): number {
  const outlet = doc.features.outlet;
  return outlet !== null && story.outlets.includes(outlet) ? Math.max(policy.joinScore, policy.sameOutletScore) : policy.joinScore;
}

function bestMatch(doc: WeighedDocument, keys: readonly string[], working: WorkingSet, frequencies: Frequencies, policy: StoryPolicy): Match | null {
  const rare = Math.max(policy.rareFloor, policy.rareShare * frequencies.documents);
  let best: Match | null = null;
  for (const story of working.candidates(keys)) {
    if (!inWindow(doc.features.published, story, policy)) continue;
    const names = sharedKeys(doc.vectors.specifics, story.centroid.specifics);
    if (names.filter((k) => frequencies.df(k) <= rare).length < policy.minSharedSpecifics) continue;
    const score = similarity(doc.vectors, story.centroid, policy);
    if (score < joinScoreFor(doc, story, policy) || (best && score <= best.score)) continue;
    const terms = sharedKeys(doc.vectors.terms, story.centroid.terms).slice(0, 3).map((k) => labelOf(story, k) ?? doc.features.labels[k] ?? k);
    best = { story, score, shared: [...names.slice(0, 5).map(displayName), ...terms] };
  }
  return best;
}

interface ReuseJoin {
  readonly story: StoryRecord;
  readonly link: ReuseLink;
  /** The document's similarity to the story when the reuse alone was too small a share to join by. */
  readonly similar: number | null;
  /** Other stories holding a retelling the document retells too, each with the link to it. */
  readonly merge: readonly { readonly story: StoryRecord; readonly link: ReuseLink }[];
}

const whole = (e: ReuseLink, policy: StoryPolicy) => Math.min(e.share.self, e.share.other) >= policy.reuse.wholeShare;

/**
 * The story a document's reuse joins it to. Reuse covering at least `wholeShare` of both texts is a
 * retelling of the partner, and the story most such partners are in is joined outright; another
 * story holding such a partner whose passages overlap the first's in the document (by `wholeShare`
 * of it) is the same story found twice, and is merged into it. A smaller
 * share on either side is a passage shared by texts that may be about different things (a page of
 * teasers for many stories shares one teaser with each article): then the partner's story is joined
 * only at `score` similarity or above, the most similar such story first, and nothing is merged.
 */
function reusedStory(d: BatchDocument, doc: WeighedDocument, storyOf: ReadonlyMap<string, string>, working: WorkingSet, policy: StoryPolicy): ReuseJoin | null {
  const votes = new Map<string, { story: StoryRecord; n: number; link: ReuseLink }>();
  let part: ReuseJoin | null = null;
  for (const e of d.reuse) {
    const id = REUSE.has(e.relation) ? storyOf.get(e.other) : undefined;
    const story = id === undefined ? undefined : working.get(id);
    if (!story) continue;
    if (whole(e, policy)) {
      // The link kept is the one covering most of the document.
      const vote = votes.get(story.id) ?? { story, n: 0, link: e };
      votes.set(story.id, { story, n: vote.n + 1, link: e.share.self > vote.link.share.self ? e : vote.link });
      continue;
    }
    const similar = similarity(doc.vectors, story.centroid, policy);
    if (similar >= policy.reuse.score && (!part || similar > part.similar!)) part = { story, link: e, similar, merge: [] };
  }
  const [top, ...rest] = [...votes].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  if (!top) return part;
  // Two partners' passages cover more than the whole document only where they overlap: by at least
  // the excess, so the partners share that much text with each other. Two articles side by side on
  // one page overlap nowhere, and the page merges nothing.
  const overlapping = rest.filter(([, v]) => top[1].link.share.self + v.link.share.self - 1 >= policy.reuse.wholeShare);
  return { story: top[1].story, link: top[1].link, similar: null, merge: overlapping.map(([, { story, link }]) => ({ story, link })) };
}

function batchCounts(batch: readonly BatchDocument[]): Record<string, number> {
  // Keys are words: a plain object would hand back Object's own "constructor" and count it as NaN.
  const counts = Object.create(null) as Record<string, number>;
  for (const d of batch) for (const key of featureKeys(d.features)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** The frequencies a batch is weighed with: the stored ones plus the batch's own documents. */
export function batchFrequencies(batch: readonly BatchDocument[], stored: Frequencies, counts = batchCounts(batch)): Frequencies {
  // Summed once per key: every key the batch weighs is one of its own.
  const df = new Map(Object.entries(counts).map(([key, n]) => [key, stored.df(key) + n]));
  return { documents: stored.documents + batch.length, df: (key) => df.get(key) ?? stored.df(key) };
}

/** A batch weighed once, with its own key counts, for finding candidate stories and for assigning. */
export interface WeighedBatch {
  readonly counts: Readonly<Record<string, number>>;
  readonly frequencies: Frequencies;
  readonly documents: readonly WeighedDocument[];
  /** Each document's query keys (see queryKeys), by which candidate stories are found. */
  readonly queries: readonly (readonly string[])[];
}

export function weighBatch(batch: readonly BatchDocument[], stored: Frequencies, policy: StoryPolicy = STORY_POLICY): WeighedBatch {
  const counts = batchCounts(batch);
  const frequencies = batchFrequencies(batch, stored, counts);
  const documents = batch.map((d) => weigh(d.features, frequencies, policy));
  return { counts, frequencies, documents, queries: documents.map((doc) => queryKeys(doc, policy)) };
}

/** Assigns each document of the batch to a story; returns the changes for the store to write. */
export function assignBatch(
  batch: readonly BatchDocument[],
  snapshot: StorySnapshot,
  policy: StoryPolicy = STORY_POLICY,
  weighed: WeighedBatch = weighBatch(batch, snapshot.frequencies, policy),
): StoryUpdate {
  const { counts: documentFrequencies, frequencies } = weighed;
  const working = new WorkingSet(policy, new Set(weighed.queries.flat()));
  for (const story of snapshot.candidates) working.put(story, false);
  const storyOf = new Map(snapshot.storyOf);
  // By document: a member the batch moves (a split) is written once, in its new story.
  const members = new Map<string, { story: string; member: StoryMember }>();
  const merged: { from: string; into: string }[] = [];
  const place = (story: StoryRecord, member: StoryMember) => {
    storyOf.set(member.id, story.id);
    members.set(member.id, { story: story.id, member });
  };
  // The smaller story goes into the larger (a member moves only into a story at least twice the size
  // it left), and what the batch placed in it follows.
  const merge = (a: StoryRecord, b: StoryRecord): StoryRecord => {
    const [into, from] = b.size > a.size ? [b, a] : [a, b];
    const story = mergeStories(into, from, policy);
    merged.push({ from: from.id, into: into.id });
    working.remove(from.id);
    working.put(story, true);
    for (const [doc, id] of storyOf) if (id === from.id) storyOf.set(doc, into.id);
    for (const [doc, m] of members) if (m.story === from.id) members.set(doc, { ...m, story: into.id });
    return story;
  };
  const join = (story: StoryRecord, doc: WeighedDocument, member: StoryMember) => {
    const joined = joinStory(story, doc, member, policy);
    place(joined, member);
    const parts = splitStory(joined, policy);
    working.put(parts?.story ?? joined, true);
    if (!parts) return;
    working.put(parts.split, true);
    for (const moved of parts.moved) place(parts.split, moved);
  };
  for (const [i, d] of batch.entries()) {
    const doc = weighed.documents[i]!;
    const reuse = reusedStory(d, doc, storyOf, working, policy);
    if (reuse) {
      const story = reuse.merge.reduce((into, other) => merge(into, other.story), reuse.story);
      const also = reuse.merge.map((m) => `; as a retelling of ${m.link.other} too, it merged that story (${plural(m.story.size, 'report')}) with this one`).join('');
      join(story, doc, memberOf(doc, 'reuse', reuse.similar ?? 1, [reuse.link.other], reuseReason(reuse.link, reuse.similar) + also));
      continue;
    }
    const match = bestMatch(doc, weighed.queries[i]!, working, frequencies, policy);
    if (match) {
      join(match.story, doc, memberOf(doc, 'match', match.score, match.shared, `shares ${match.shared.join(', ')} with the story (similarity ${match.score.toFixed(2)})`));
      continue;
    }
    const member = memberOf(doc, 'founded', 1, [], 'founded this story (the first of its members indexed)');
    const story = foundStory(doc, member, policy);
    working.put(story, true);
    place(story, member);
  }
  const stories = [...working.changed].map((id) => ({ record: working.get(id)!, keys: storyKeys(working.get(id)!, policy) }));
  return { stories, members: [...members.values()], merged, documentFrequencies, documents: batch.length };
}
