import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/index.js';
import { assignBatch, type BatchDocument } from './assign-batch.js';
import { storyFeatures } from './features.js';
import { STORY_POLICY, type StoryPolicy } from './policy.js';
import { similarities, twoMedoids } from './split.js';
import { vectorOf } from './vectors.js';
import { REPORTS } from './test-support/reports.js';


function batch(ids: readonly string[]): BatchDocument[] {
  return ids.map((id) => {
    const [title, ...rest] = REPORTS[id]!.split('. ');
    const body = analyze(`${title}.\n\n${rest.join('. ')}`, { language: 'en' });
    return { features: storyFeatures({ id, title: title!, analyzedTitle: analyze(title!, { language: 'en' }), body, outlet: id.split('/')[1]!, published: null, period: null }), reuse: [] };
  });
}

const EMPTY = { frequencies: { documents: 0, df: () => 0 }, candidates: [], storyOf: new Map() };

function groups(ids: readonly string[], policy: StoryPolicy): string[][] {
  const byStory = new Map<string, string[]>();
  for (const { story, member } of assignBatch(batch(ids), EMPTY, policy).members) (byStory.get(story) ?? byStory.set(story, []).get(story)!).push(member.id);
  return [...byStory.values()].map((g) => g.sort()).sort();
}

// A lax join (low score, any shared name) lets the roundup carry the first quake's story over to the
// second, as a centroid turns towards its topic; the split is what must part the two events again.
const SPLIT = { ...STORY_POLICY.split, crossScore: 0.25 };
const LAX: StoryPolicy = { ...STORY_POLICY, joinScore: 0.1, sameOutletScore: 0, minSharedSpecifics: 1, split: SPLIT };
const QUAKES = ['mirenza/herald', 'mirenza/courier', 'mirenza/wire', 'valdoria/roundup', 'telsk/herald', 'telsk/courier', 'telsk/wire'];

test('a story that grew two event cores is split into one story per event', () => {
  assert.deepEqual(groups(QUAKES, { ...LAX, split: { ...SPLIT, crossScore: 0 } }), [QUAKES.slice().sort()]);
  assert.deepEqual(groups(QUAKES, LAX), [
    ['mirenza/courier', 'mirenza/herald', 'mirenza/wire', 'valdoria/roundup'],
    ['telsk/courier', 'telsk/herald', 'telsk/wire'],
  ]);
});

test('the split-off story says why its first member founded it, and each story keeps only its own members', () => {
  const { members, stories } = assignBatch(batch(QUAKES), EMPTY, LAX);
  const telsk = members.find((m) => m.member.id === 'telsk/herald')!;
  assert.equal(telsk.story, 'telsk/herald');
  assert.equal(telsk.member.reason, 'founded');
  assert.match(telsk.member.why, /^split from story mirenza\/herald/);
  assert.equal(members.length, QUAKES.length);
  const sizes = stories.map((s) => [s.record.id, s.record.size, s.record.kept.length, s.record.topNames.includes('Anton Reyes')]).sort();
  assert.deepEqual(sizes, [['mirenza/herald', 4, 4, false], ['telsk/herald', 3, 3, true]]);
});

test('a story larger than the members it keeps is never split (the work per join stays bounded)', () => {
  assert.deepEqual(groups(QUAKES, { ...LAX, split: { ...SPLIT, members: 5 } }), [QUAKES.slice().sort()]);
});

test('one event told by six outlets in their own words stays one story', () => {
  const ferry = Object.keys(REPORTS).filter((id) => id.startsWith('ferry/'));
  assert.deepEqual(groups(ferry, LAX), [ferry.slice().sort()]);
});

test('two medoids part a similarity matrix into its two blocks', () => {
  const high = 0.8;
  const low = 0.1;
  const sim = [0, 1, 2, 3, 4].map((i) => [0, 1, 2, 3, 4].map((j) => (i === j ? 1 : (i < 3) === (j < 3) ? high : low)));
  assert.deepEqual(twoMedoids(sim), [[0, 1, 2], [3, 4]]);
});

test('kept members are alike with themselves exactly (1, or 0 with no keys) and each pair the same both ways', () => {
  // This vector's cosine with itself rounds to 1.0000000000000002: no tie may hang on that.
  const weights: Record<string, number>[] = [{ a: 0.6, b: 0.8, c: 0.1 }, { a: 0.1, c: 0.7 }, {}];
  const kept = weights.map((w, i) => ({
    member: { id: `m${i}`, title: null, outlet: null, published: null, period: null, reason: 'match' as const, score: 0.5, shared: [], why: '' },
    vectors: { specifics: vectorOf(w), terms: vectorOf({}), title: vectorOf({}) },
  }));
  const sim = similarities(kept, STORY_POLICY);
  assert.deepEqual(sim.map((row, i) => row[i]), [1, 1, 0]);
  for (const [i, row] of sim.entries()) for (const [j, x] of row.entries()) assert.equal(x, sim[j]![i]);
});
