/**
 * @module story-index/story-writer
 * Where a written batch's stories are assigned and stored: on the caller's story store, inline, or
 * on a thread of its own (story-index/story-thread) while the caller links the next batch.
 */
import type { StoryStore } from '../store/story-store.js';
import { storyDocument, updateStories, type StoryBatchItem } from './update-stories.js';

export interface StoryWriter {
  /** Assigns and stores one batch; called again only once the call before has settled. */
  write(batch: readonly StoryBatchItem[]): Promise<void>;
}

export function inlineStoryWriter(store: StoryStore): StoryWriter {
  return {
    async write(batch) {
      await updateStories(store, batch.map(storyDocument));
    },
  };
}
