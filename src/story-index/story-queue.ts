/**
 * @module story-index/story-queue
 * The stories of each written batch, assigned one batch behind the indexing so that a story writer
 * on its own thread works while the next batch is linked, with every figure the same as if each
 * batch's stories were stored before the next batch started.
 *
 * Linking a batch reads story frequencies (how rare a name is), which the batch before changes once
 * its stories are stored. So a batch's stories are held back until the next batch has read its
 * frequencies, and are counted in them: the held documents not yet in a story add their keys, as
 * storing them would. Only then are they handed to the writer; the next read waits for that write.
 */
import type { StoryFrequencies, StoryStore } from '../store/story-store.js';
import type { StoryWriter } from './story-writer.js';
import { packedKeys } from '../stories/features-wire.js';
import type { StoryBatchItem } from './update-stories.js';

/**
 * The keys of `asked` that storing `item` counts once (featureKeys of its features: those of its
 * names and numbers, content stems and title stems), without building its features.
 */
function askedKeysOf(item: StoryBatchItem, asked: ReadonlySet<string>): Set<string> {
  const { specifics, terms, titleTerms } = packedKeys(item.text);
  return new Set([...specifics, ...terms, ...titleTerms].filter((key) => asked.has(key)));
}

export class StoryQueue {
  private held: readonly StoryBatchItem[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly store: StoryStore, private readonly writer: StoryWriter) {}

  /**
   * The story frequencies of `keys` as they stand once every batch handed over so far is stored.
   * The held batch is handed to the writer after this read.
   */
  async frequencies(keys: readonly string[]): Promise<StoryFrequencies> {
    await this.writing;
    const held = await this.unplaced();
    const stored = await this.store.storyFrequencies(keys);
    this.release(held);
    if (held.length === 0) return stored;
    const asked = new Set(keys);
    const df = new Map(stored.df);
    for (const item of held) for (const key of askedKeysOf(item, asked)) df.set(key, (df.get(key) ?? 0) + 1);
    return { documents: stored.documents + held.length, df };
  }

  /** Holds a written batch's stories back until the next read of frequencies (or `drain`). */
  hold(batch: readonly StoryBatchItem[]): void {
    this.held = [...this.held, ...batch];
  }

  /** Stores every batch handed over. */
  async drain(): Promise<void> {
    await this.writing;
    this.release(await this.unplaced());
    await this.writing;
  }

  /**
   * Waits for the write under way, if any, and drops the held batch: its documents stay without a
   * story, which the next run assigns (as after a kill). For a run stopping on a failure of its own,
   * which is the one reported: a failure of this write too is not thrown over it.
   */
  async abandon(): Promise<void> {
    this.held = [];
    await this.writing.catch(() => undefined);
  }

  /** The held documents not yet in a story: those storing them assigns and counts. */
  private async unplaced(): Promise<readonly StoryBatchItem[]> {
    if (this.held.length === 0) return [];
    const placed = await this.store.storiesOf(this.held.map((item) => item.id));
    return this.held.filter((item) => !placed.has(item.id));
  }

  private release(batch: readonly StoryBatchItem[]): void {
    this.held = [];
    if (batch.length === 0) return;
    this.writing = this.writer.write(batch);
    // Awaited by the next read, drain or stop; until then its failure is not unhandled.
    this.writing.catch(() => undefined);
  }
}
