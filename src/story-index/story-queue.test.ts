import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { featureKeys } from '../stories/index.js';
import { StoryQueue } from './story-queue.js';
import { inlineStoryWriter, type StoryWriter } from './story-writer.js';
import { REPORT_IDS, storyItem } from './test-support/story-items.js';
import { storyDocument, updateStories } from './update-stories.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-story-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const [first, second] = [REPORT_IDS.slice(0, 6).map(storyItem), REPORT_IDS.slice(6).map(storyItem)];
const keys = [...new Set(REPORT_IDS.map(storyItem).flatMap((item) => featureKeys(storyDocument(item).features)))];
const open = (name: string) => openSqliteStore(join(dir, `${name}.db`));

test('a held batch counts in the frequencies the next batch reads as if it were stored, and is stored after the read', async () => {
  const stored = await open('stored');
  const queued = await open('queued');
  try {
    await updateStories(stored.stories, first.map(storyDocument));
    const queue = new StoryQueue(queued.stories, inlineStoryWriter(queued.stories));
    queue.hold(first);
    assert.equal((await queued.stories.storyFrequencies(keys)).documents, 0);
    assert.deepEqual(await queue.frequencies(keys), await stored.stories.storyFrequencies(keys));
    await queue.drain();
    assert.deepEqual(await queued.stories.storyFrequencies(keys), await stored.stories.storyFrequencies(keys));
    assert.deepEqual(await queued.stories.listStories({ minSize: 1, limit: 20 }), await stored.stories.listStories({ minSize: 1, limit: 20 }));
  } finally {
    await Promise.all([stored.close(), queued.close()]);
  }
});

test('documents of a held batch already in a story are not counted again', async () => {
  const store = await open('placed');
  try {
    await updateStories(store.stories, first.map(storyDocument));
    const queue = new StoryQueue(store.stories, inlineStoryWriter(store.stories));
    queue.hold([...first, ...second]);
    const expected = await open('placed-expected');
    await updateStories(expected.stories, [...first, ...second].map(storyDocument));
    assert.deepEqual(await queue.frequencies(keys), await expected.stories.storyFrequencies(keys));
    await expected.close();
    await queue.drain();
  } finally {
    await store.close();
  }
});

test('a failed story write is thrown by the next read, and a run abandoning on its own failure is not shadowed by it', async () => {
  const store = await open('failing');
  try {
    const failing: StoryWriter = { write: async () => { throw new Error('disk on fire'); } };
    const queue = new StoryQueue(store.stories, failing);
    queue.hold(first);
    await queue.frequencies(keys);
    await assert.rejects(queue.frequencies(keys), /disk on fire/);
    const abandoned = new StoryQueue(store.stories, failing);
    abandoned.hold(first);
    await abandoned.frequencies(keys);
    await abandoned.abandon();
    assert.equal((await store.stories.storiesOf(first.map((item) => item.id))).size, 0);
  } finally {
    await store.close();
  }
});
