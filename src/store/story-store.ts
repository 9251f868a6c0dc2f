/**
 * @module store/story-store
 * The story part of the Store: stories with their members, the keys a story is found under, and
 * the document frequencies of story features, all kept as documents arrive. Reads are bounded by
 * what they are given (keys, ids), never by the size of the index, except the listing.
 */
import type { StoryMember, StoryRecord, StorySummary, StoryUpdate } from '../core/stories.js';

export interface StoryFrequencies {
  /** Documents counted (those assigned to a story). */
  readonly documents: number;
  /** Documents having each asked key (absent keys are left out). */
  readonly df: ReadonlyMap<string, number>;
}

export interface StoryWithMembers {
  readonly story: StorySummary;
  /** In the order they joined. */
  readonly members: readonly StoryMember[];
}

/** A story record as two stored parts: what listings read, and the model (centroid, kept members) only assignment reads. */
export function storedParts(record: StoryRecord): { summary: string; model: string } {
  const { centroid, labels, kept, ...summary } = record;
  return { summary: JSON.stringify(summary), model: JSON.stringify({ centroid, labels, kept }) };
}

/** Postings read per key when finding stories: the most recently changed stories first. */
export const STORY_POSTINGS_PER_KEY = 200;

export interface StoryStore {
  /**
   * Runs `body` (a read, assign and write of one batch) while no other process runs one on this
   * index, so two workers never assign to, or overwrite, the same story at once.
   */
  exclusive<T>(body: () => Promise<T>): Promise<T>;
  storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies>;
  /**
   * Ids of the stories found under the most of `keys` (each key's newest postings only), best first.
   * Ids, not records: a batch probes per document and then reads each candidate story once.
   */
  findStoryIds(keys: readonly string[], limit: number): Promise<string[]>;
  getStories(ids: readonly string[]): Promise<StoryRecord[]>;
  /** The story of each of `documentIds` that is in one. */
  storiesOf(documentIds: readonly string[]): Promise<Map<string, string>>;
  /** Writes one batch's stories, memberships and frequencies in one transaction. */
  putStories(update: StoryUpdate): Promise<void>;
  /** The `limit` largest stories of at least `minSize` members, largest first, then by id. */
  listStories(options: { minSize: number; limit: number }): Promise<StoryWithMembers[]>;
}
