/**
 * `npm run bench -- --stories N` (or `node --import tsx scripts/bench-stories.ts N`): how long
 * `clusters` takes to read the stored stories of an index of N documents. The stories are written
 * straight through the store (no ingest: this measures the read), with story sizes and member
 * records shaped like real ones (most documents alone, some stories of 2-8, reuse edges between
 * members). A measurement, not a test; the machine is shared, so read it with that caveat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryMember, StoryRecord } from '../src/core/stories.js';
import type { Edge } from '../src/store/store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { vectorOf } from '../src/stories/vectors.js';
import { clusters } from '../src/story-index/read-stories.js';

const documents = Number(process.argv[2] ?? 100_000);
const SIZES = [1, 1, 1, 2, 3, 1, 5, 1, 2, 8, 1, 1, 4, 1, 2, 12];
const weights = (prefix: string, n: number) => vectorOf(Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 1 / (i + 1)])));

function story(id: string, size: number): StoryRecord {
  const terms = weights('term', 60);
  return {
    id, size, reused: 1, origin: id, firstSeen: '2024-03-01T09:00:00.000Z', lastSeen: '2024-03-02T09:00:00.000Z',
    centroid: { specifics: weights(`Name ${id} `, 40), terms, title: weights('title', 10) },
    topNames: ['Ilse Branco', 'Mirenza', 'Valdoria', '6.8'], topTerms: ['earthquake', 'rescuers', 'buildings'], labels: terms.keys, kept: [], outlets: [],
    title: `Quake of magnitude 6.8 shakes Valdoria coast (${id})`, why: `${size} reports naming Ilse Branco, Mirenza, Valdoria, 6.8; about earthquake, rescuers, buildings`,
  };
}

const member = (id: string, first: boolean): StoryMember => ({
  id, title: `Mirenza digs out after 6.8 earthquake (${id})`, outlet: 'Courier', published: '2024-03-01T11:00:00.000Z', period: null,
  reason: first ? 'founded' : 'match', score: 0.42, shared: ['Ilse Branco', 'Mirenza', '6.8', 'rescuers'],
  why: first ? 'first report of this story' : 'shares Ilse Branco, Mirenza, 6.8, rescuers with the story (similarity 0.42)',
});

const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-stories-'));
const store = await openSqliteStore(join(dir, 'index.db'));
try {
  let written = 0;
  let s = 0;
  const started = performance.now();
  while (written < documents) {
    const stories: { record: StoryRecord; keys: string[] }[] = [];
    const members: { story: string; member: StoryMember }[] = [];
    const edges: Edge[] = [];
    while (members.length < 2000 && written < documents) {
      const size = Math.min(SIZES[s % SIZES.length]!, documents - written);
      const ids = Array.from({ length: size }, (_, i) => `doc-${String(written + i).padStart(7, '0')}`);
      stories.push({ record: story(ids[0]!, size), keys: Object.keys(story(ids[0]!, size).centroid.specifics).slice(0, 24) });
      ids.forEach((id, i) => members.push({ story: ids[0]!, member: member(id, i === 0) }));
      for (let i = 1; i < size; i++) edges.push({ from: ids[0]!, to: ids[i]!, relation: 'light-rewrite', score: 0.8, sourceCoverage: 0.7, derivativeCoverage: 0.9, directed: true, evidence: 'aligned' });
      written += size;
      s++;
    }
    await store.stories.putStories({ stories, members, documentFrequencies: {}, documents: members.length });
    await store.addEdges(edges);
  }
  console.log(`wrote ${written} documents in ${s} stories in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const times: number[] = [];
  let shown = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    shown = (await clusters(store, { minSize: 2 })).clusters.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`clusters at ${written} documents (${shown} stories of 2 or more): p50 ${times[3]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[6]!.toFixed(0)} ms`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
