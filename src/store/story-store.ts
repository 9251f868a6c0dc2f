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

/** A stored model as read: one written before stories kept their members has no `kept`. */
export type StoredModel = Pick<StoryRecord, 'centroid' | 'labels'> & Partial<Pick<StoryRecord, 'kept'>>;

/** A stored story (its two parts, parsed) as a record; a model without kept members keeps none. */
export function storedStory(summary: StorySummary, model: StoredModel): StoryRecord {
  return { ...summary, kept: [], ...model };
}

/**
 * Stories this process last read or wrote, each valid while its stored recency (unique per write,
 * from any process) is unchanged: the stories a batch reads are mostly those the batches before it
 * read or wrote, so they are not parsed again. Least recently used ones go first.
 */
export class StoryCache {
  private readonly entries = new Map<string, { readonly recency: number; readonly record: StoryRecord }>();

  constructor(private readonly capacity = 8192) {}

  /** The cached stories among `versions` (ids with their stored recency), by id. */
  found(versions: readonly { readonly id: string; readonly recency: number }[]): Map<string, StoryRecord> {
    const found = new Map<string, StoryRecord>();
    for (const { id, recency } of versions) {
      const entry = this.entries.get(id);
      if (entry?.recency !== recency) continue;
      this.entries.delete(id);
      this.entries.set(id, entry);
      found.set(id, entry.record);
    }
    return found;
  }

  /** Caches `record` as stored at `recency`; returns it with its id. */
  set(record: StoryRecord, recency: number): [string, StoryRecord] {
    this.entries.delete(record.id);
    this.entries.set(record.id, { recency, record });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return [record.id, record];
  }
}

/** Postings read per key when finding stories: the most recently changed stories first. */
export const STORY_POSTINGS_PER_KEY = 200;

/** The ids found under the most of `keys` in `postings` (story ids by key), best first, then by id. */
export function rankByKeys(postings: ReadonlyMap<string, readonly string[]>, keys: readonly string[], limit: number): string[] {
  const hits = new Map<string, number>();
  for (const key of new Set(keys)) for (const story of postings.get(key) ?? []) hits.set(story, (hits.get(story) ?? 0) + 1);
  return [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
}

export interface StoryStore {
  /**
   * Runs `body` (a read, assign and write of one batch) while no other process runs one on this
   * index, so two workers never assign to, or overwrite, the same story at once.
   */
  exclusive<T>(body: () => Promise<T>): Promise<T>;
  storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies>;
  /**
   * For each of `queries` (a document's keys), the ids of the stories found under the most of its
   * keys (each key's newest postings only), best first. One call per batch: each distinct key is
   * read once however many documents ask for it; ids, not records, so each story is read once later.
   */
  findStoryIds(queries: readonly (readonly string[])[], limit: number): Promise<string[][]>;
  getStories(ids: readonly string[]): Promise<StoryRecord[]>;
  /** The story of each of `documentIds` that is in one. */
  storiesOf(documentIds: readonly string[]): Promise<Map<string, string>>;
  /** Writes one batch's stories, memberships and frequencies in one transaction. */
  putStories(update: StoryUpdate): Promise<void>;
  /** The `limit` largest stories of at least `minSize` members, largest first, then by id. */
  listStories(options: { minSize: number; limit: number }): Promise<StoryWithMembers[]>;
}
