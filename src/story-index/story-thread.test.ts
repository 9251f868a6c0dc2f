import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { doc } from '../store/conformance.js';
import { createStoryThread, storyThreadFor } from './story-thread.js';
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

test('the postings a store leaves to its idle story thread are written by the thread, and none are left once it closes', async () => {
  const store = await openSqliteStore(join(dir, 'postings.db'), { mirror: 'never' });
  const put = (ids: readonly string[]) => store.putDocuments(ids.map((id, i) => ({ document: doc(id, `text of ${id}`), keys: { bands: [i], passages: [100 + i, 200] } })));
  const indexed = () => store.keyPostings({ bands: [], passages: [200] }, { perKey: 100, maxFrequency: 100 });
  const thread = storyThreadFor(store)!;
  try {
    assert.equal(store.deferPostings, true, 'left to the thread while it is idle');
    await put(['a', 'b']);
    const writing = thread.write(batches[0]!);
    assert.equal(store.deferPostings, false, 'written by the store itself while the thread assigns stories');
    await writing;
    assert.equal(store.deferPostings, true);
    await put(['c']);
    assert.deepEqual(await indexed(), { bands: [], passages: [{ key: 200, frequency: 3, documents: ['a', 'b', 'c'] }] });
  } finally {
    await thread.close();
  }
  try {
    assert.equal(store.deferPostings, false);
    assert.equal(await store.indexPostings(), 0, 'the thread indexed every document before closing');
  } finally {
    await store.close();
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
