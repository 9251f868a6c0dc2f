/**
 * @module core/stories
 * Stories as the story stage makes them and both stores keep them: an event reported by one or more
 * documents, with a bounded centroid (so joining costs the same however large the story is) and,
 * for each member, why it is there.
 */

/**
 * Weights by feature key as two parallel arrays, keys strictly ascending (by `<`): plain arrays so a
 * record round-trips through JSON columns without one object property per key.
 */
export interface Weights {
  readonly keys: readonly string[];
  readonly weights: readonly number[];
}

/** The three views a story is compared on (after Miranda et al. 2018: several tf-idf subvectors). */
export interface StoryViews {
  /** Names and numbers: the specifics of one event. */
  readonly specifics: Weights;
  /** Content word stems. */
  readonly terms: Weights;
  /** Stems of the title, when there is one. */
  readonly title: Weights;
}

/** How a member came to be in its story. */
export type JoinReason = 'founded' | 'reuse' | 'match';

export interface StoryMember {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Coarse date when no exact one is known, e.g. "2004-2005" from a data set's period. */
  readonly period: string | null;
  readonly reason: JoinReason;
  /** Similarity to the story when it joined (1 for a founder or a reuse join). */
  readonly score: number;
  /** The names, numbers and rare terms it shares with the story, or the reused document. */
  readonly shared: readonly string[];
  /** One line: why this document is in this story. */
  readonly why: string;
}

/** A member as the story keeps it while it is small enough to split: its row and its (cut) vectors. */
export interface KeptMember {
  readonly member: StoryMember;
  readonly vectors: StoryViews;
}

export interface StoryRecord {
  /** The founding member's id: stable for the story's life. */
  readonly id: string;
  readonly size: number;
  /** Members that joined as reuse (copy or rewrite) of another member. */
  readonly reused: number;
  /** Earliest dated member, else the founder. */
  readonly origin: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Sum of the members' normalised vectors, each view cut to its heaviest keys. */
  readonly centroid: StoryViews;
  /** Display forms of the heaviest names and terms, heaviest first. */
  readonly topNames: readonly string[];
  readonly topTerms: readonly string[];
  /** Display form of each term key of the centroid, in the order of `centroid.terms.keys`. */
  readonly labels: readonly string[];
  /**
   * Every member with its vectors, in join order, while the story has at most the policy's
   * `split.members`; empty once it outgrows them (a story that large is no longer split).
   */
  readonly kept: readonly KeptMember[];
  /**
   * The distinct outlets of the members, in the order they first joined, at most the policy's
   * `storyOutlets`: a story knows which outlets already reported it.
   */
  readonly outlets: readonly string[];
  /** Title of the origin, for display. */
  readonly title: string | null;
  /** One line: what the members share. */
  readonly why: string;
}

/** A story as listed: everything but the model (centroid, labels, kept members, outlets), which only assignment reads. */
export type StorySummary = Omit<StoryRecord, 'centroid' | 'labels' | 'kept' | 'outlets'>;

/** One batch's changes to the stories, written in one transaction. */
export interface StoryUpdate {
  /** New or changed stories, whole, each with the keys it is to be found under from now on. */
  readonly stories: readonly { readonly record: StoryRecord; readonly keys: readonly string[] }[];
  /** New memberships, and members a split moved; a document is in at most one story, and listed once. */
  readonly members: readonly { readonly story: string; readonly member: StoryMember }[];
  /**
   * Stories merged into others, in order, before `members` are written: every member of `from` moves
   * to `into` (rows unchanged) and `from` is deleted. `into`'s merged record is among `stories`.
   */
  readonly merged?: readonly { readonly from: string; readonly into: string }[];
  /** Each newly assigned document counts once for every distinct feature key it has. */
  readonly documentFrequencies: Readonly<Record<string, number>>;
  readonly documents: number;
}
