import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryPostings, type PostingsChange } from './story-postings.js';

/** A story index as the tables hold it: each story's keys and recency. */
class Tables {
  readonly stories = new Map<string, { keys: string[]; recency: number }>();
  clock = 0;
  read(key: string, perKey: number): string[] {
    return [...this.stories].filter(([, s]) => s.keys.includes(key)).sort((a, b) => b[1].recency - a[1].recency).slice(0, perKey).map(([id]) => id);
  }
  write(writes: readonly { story: string; keys: string[] }[]): PostingsChange[] {
    return writes.map(({ story, keys }) => {
      const before = this.stories.get(story)?.keys ?? [];
      this.stories.set(story, { keys, recency: ++this.clock });
      return { story, before, after: keys };
    });
  }
}

test('kept postings stay the newest stories under each key as stories are written, whatever was cut', () => {
  const perKey = 3;
  const tables = new Tables();
  const postings = new StoryPostings(perKey, 12);
  const keys = ['a', 'b', 'c', 'd', 'e'];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % n;
  for (let batch = 0; batch < 200; batch++) {
    const asked = postings.postings(keys, tables.clock, (key) => tables.read(key, perKey));
    for (const key of keys) assert.deepEqual(asked.get(key), tables.read(key, perKey), `batch ${batch}, key ${key}`);
    const writes = Array.from({ length: 1 + next(3) }, () => ({ story: `s${next(8)}`, keys: keys.filter(() => next(2) === 0) }));
    const from = tables.clock;
    const changes = tables.write([...new Map(writes.map((w) => [w.story, w])).values()]);
    postings.written(from, changes, tables.clock);
  }
});

test('a story clock moved by another writer drops every kept list', () => {
  const postings = new StoryPostings(200);
  let reads = 0;
  const read = () => (reads++, ['s1']);
  postings.postings(['a'], 5, read);
  postings.postings(['a'], 5, read);
  assert.equal(reads, 1);
  postings.postings(['a'], 6, read);
  assert.equal(reads, 2);
  postings.written(4, [], 7);
  postings.postings(['a'], 7, read);
  assert.equal(reads, 3);
});
