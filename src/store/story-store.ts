/**
 * @module store/story-store
 * The story part of the Store: stories with their members, the keys a story is found under, and
 * the document frequencies of story features, all kept as documents arrive. Reads are bounded by
 * what they are given (keys, ids), never by the size of the index, except the listing and the two
 * reads of a whole-index copy (every story page by page, every key frequency at once: one row per
 * distinct feature key: 18,977 at 10,000 synthetic news documents).
 */
import { mostHits } from '../core/most-hits.js';
import type { StoryMember, StoryRecord, StorySummary, StoryUpdate, StoryViews, Weights } from '../core/stories.js';

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

/** A story record as two parts: what listings read, and the model (centroid, kept members, outlets) only assignment reads. */
export function storyParts(record: StoryRecord): { summary: StorySummary; model: Required<StoredModel> } {
  const { centroid, labels, kept, outlets, ...summary } = record;
  return { summary, model: { centroid, labels, kept, outlets } };
}

/** The two parts as stored JSON. */
export function storedParts(record: StoryRecord): { summary: string; model: string } {
  const { summary, model } = storyParts(record);
  return { summary: JSON.stringify(summary), model: JSON.stringify(model) };
}

/** A stored model as read: one written before stories kept their members (or outlets) has no `kept` (or `outlets`). */
export type StoredModel = Pick<StoryRecord, 'centroid' | 'labels'> & Partial<Pick<StoryRecord, 'kept' | 'outlets'>>;

/** A stored story (its two parts, parsed) as a record; a model without kept members or outlets keeps none. */
export function storedStory(summary: StorySummary, model: StoredModel): StoryRecord {
  return { ...summary, kept: [], outlets: [], ...model };
}

/** Bytes the story cache may hold (estimated, see storyBytes): some 15,000 stories of a news corpus. */
export const STORY_CACHE_BYTES = 256 * 1024 * 1024;

// Per key of a vector: the key string's header and pointer, and its weight; per label and member row alike.
const ENTRY_BYTES = 40;
const MEMBER_BYTES = 400;
const RECORD_BYTES = 1024;

function weightsBytes(w: Weights): number {
  let bytes = ENTRY_BYTES * w.keys.length;
  for (const key of w.keys) bytes += key.length;
  return bytes;
}

const viewsBytes = (v: StoryViews) => weightsBytes(v.specifics) + weightsBytes(v.terms) + weightsBytes(v.title);

/** A story record's heap size, roughly: its vectors' keys and weights, labels, outlets and kept members. */
export function storyBytes(record: StoryRecord): number {
  let bytes = RECORD_BYTES + viewsBytes(record.centroid) + ENTRY_BYTES * (record.labels.length + record.outlets.length);
  for (const label of record.labels) bytes += label.length;
  for (const outlet of record.outlets) bytes += outlet.length;
  for (const kept of record.kept) bytes += MEMBER_BYTES + viewsBytes(kept.vectors);
  return bytes;
}

/**
 * Stories this process last read or wrote, each valid while its stored recency (unique per write,
 * from any process) is unchanged: the stories a batch reads are mostly those the batches before it
 * read or wrote, so they are not parsed again. Bounded by their estimated bytes rather than their
 * number, since a story's size varies tenfold with its members; least recently used ones go first.
 */
export class StoryCache {
  private readonly entries = new Map<string, { readonly recency: number; readonly record: StoryRecord; readonly bytes: number }>();
  private bytes = 0;

  constructor(private readonly capacityBytes = STORY_CACHE_BYTES) {}

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
    this.drop(record.id);
    const bytes = storyBytes(record);
    this.entries.set(record.id, { recency, record, bytes });
    this.bytes += bytes;
    while (this.bytes > this.capacityBytes && this.entries.size > 1) this.drop(this.entries.keys().next().value!);
    return [record.id, record];
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.bytes -= entry.bytes;
  }
}

/** Postings read per key when finding stories: the most recently changed stories first. */
export const STORY_POSTINGS_PER_KEY = 200;

/** The ids found under the most of `keys` in `postings` (story ids by key), best first, then by id. */
export function rankByKeys(postings: ReadonlyMap<string, readonly string[]>, keys: readonly string[], limit: number): string[] {
  const hits = new Map<string, number>();
  for (const key of new Set(keys)) for (const story of postings.get(key) ?? []) hits.set(story, (hits.get(story) ?? 0) + 1);
  return mostHits(hits, limit);
}

/** A story as stored, whole: what a copy of the index carries over. */
export interface StoredStoryRecord {
  readonly record: StoryRecord;
  /** The keys it is found under. */
  readonly keys: readonly string[];
  /** In the order they joined. */
  readonly members: readonly StoryMember[];
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
  /** Up to `limit` stories whole, in id order, those after `after` (a page of every story, for a copy). */
  storyRecords(options: { after?: string; limit: number }): Promise<StoredStoryRecord[]>;
  /** The frequency of every story key, with the documents counted (for a copy). */
  allStoryFrequencies(): Promise<StoryFrequencies>;
}
