import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStoryThread } from './story-thread.js';
import { inlineStoryWriter } from './story-writer.js';
import { REPORT_IDS, storyItem } from './test-support/story-items.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-story-thread-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const batches = [REPORT_IDS.slice(0, 5), REPORT_IDS.slice(5)].map((ids) => ids.map(storyItem));

test('stories assigned on the story thread, through its own connection, are those assigned inline', async () => {
  const [inlineFile, threadFile] = [join(dir, 'inline.db'), join(dir, 'thread.db')];
  const inline = await openSqliteStore(inlineFile);
  const threaded = await openSqliteStore(threadFile);
  const thread = createStoryThread(threadFile);
  try {
    for (const batch of batches) {
      await inlineStoryWriter(inline.stories).write(batch);
      await thread.write(batch);
    }
    const listed = await inline.stories.listStories({ minSize: 1, limit: 20 });
    assert.ok(listed.some((s) => s.members.length >= 3), 'the fixtures make stories of several reports');
    assert.deepEqual(await threaded.stories.listStories({ minSize: 1, limit: 20 }), listed);
  } finally {
    await thread.close();
    await Promise.all([inline.close(), threaded.close()]);
  }
});

test('an index the story thread cannot open is a store_failed error naming the file', async () => {
  const file = join(dir, 'no-such-folder', 'index.db');
  const thread = createStoryThread(file);
  try {
    await assert.rejects(thread.write(batches[0]!), (error: Error & { code?: string }) => error.code === 'store_failed' && error.message.includes(file));
  } finally {
    await thread.close();
  }
});
