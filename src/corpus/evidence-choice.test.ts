import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KeyPostings } from '../store/store.js';
import { rankByWeight, thinSets, type Candidate } from './candidates.js';
import { representatives } from './groups.js';
import { DEFAULT_POLICY } from './policy.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// A source-like candidate (holding more of the new text than the new text holds of it) with the
// given passage keys; `share` is how much of the new text it holds.
const candidate = (id: string, passages: number[], share: number): Candidate => ({
  id, group: id, published: null, weight: share, sharedBands: 0, sharedPassages: passages.length, exclusive: 0, newInCandidate: share, candidateInNew: share / 2,
  keyCounts: { candidate: passages.length * 2, new: 20 }, keys: { bands: [], passages },
});

test('after the closest source, the next one verified is the one holding passages the first does not', () => {
  // `copy` holds the same passages of the new text as `origin` (two retellings of one story, not near
  // copies of each other); `rewritten` holds fewer, but ones no other candidate holds.
  const origin = candidate('origin', range(1, 12), 0.6);
  const copy = candidate('copy', [...range(1, 11), 40, 41, 42, 43], 0.55);
  const rewritten = candidate('rewritten', range(13, 17), 0.25);
  const reps = representatives([origin, copy, rewritten], { bands: [], passages: range(1, 20) }, { ...DEFAULT_POLICY, maxSources: 2 });
  assert.deepEqual(reps.classes.map((c) => c.representative.id), ['origin', 'rewritten']);
  // When none adds a passage, the closest come first, as before.
  const same = representatives([origin, copy], { bands: [], passages: range(1, 20) }, { ...DEFAULT_POLICY, maxSources: 2 });
  assert.deepEqual(same.classes.map((c) => c.representative.id), ['origin', 'copy']);
});

test('a shortlist full of copies sharing the same keys still lists the document holding the other shared keys', () => {
  const posting = (key: number, documents: string[]): KeyPostings => ({ key, frequency: documents.length, documents });
  const copies = ['c1', 'c2', 'c3'];
  const postings = { bands: [], passages: [...range(1, 6).map((k) => posting(k, copies)), posting(7, ['other']), posting(8, ['other', 'c1'])] };
  const none = () => false;
  assert.deepEqual(rankByWeight(postings, 100, 1, none).map(([id]) => id), ['c1']);
  assert.deepEqual(rankByWeight(postings, 100, 1, none, 2).map(([id]) => id), ['c1', 'other']);
});

test('documents sharing the very same keys of the new text take one place of the shortlist, and are all listed', () => {
  const posting = (key: number, documents: string[]): KeyPostings => ({ key, frequency: documents.length, documents });
  const postings = { bands: [], passages: [...range(1, 6).map((k) => posting(k, ['c1', 'c2', 'c3'])), posting(7, ['other']), posting(8, ['other'])] };
  assert.deepEqual(rankByWeight(postings, 100, 2, () => false).map(([id]) => id), ['c1', 'c2', 'c3', 'other']);
});

test('of documents sharing only a key or two of the new text by chance, one per set of shared keys is listed', () => {
  const posting = (key: number, documents: string[]): KeyPostings => ({ key, frequency: documents.length, documents });
  // 40 passage keys in the new text: 4 (minContainment 0.1) make a set thick enough to list whole.
  const fresh = { bands: [], passages: range(1, 40) };
  const chance = ['a1', 'a2', 'a3', 'a4'];
  const copies = ['c1', 'c2', 'c3'];
  const postings = { bands: [], passages: [posting(1, chance), ...range(2, 5).map((k) => posting(k, copies)), posting(6, ['b1', 'b2'])] };
  const listed = (sets = thinSets(fresh, DEFAULT_POLICY)) => rankByWeight(postings, 100, 8, () => false, 0, sets).map(([id]) => id);
  assert.deepEqual(listed(), ['c1', 'c2', 'c3', 'b1', 'a1']);
  // Without the rule, every document of every set is listed.
  assert.deepEqual(rankByWeight(postings, 100, 8, () => false).map(([id]) => id), ['c1', 'c2', 'c3', 'b1', 'b2', 'a1', 'a2', 'a3', 'a4']);
  // A set is thin only while it is below both bounds: two shared bands make it whole.
  const banded = { bands: [posting(90, chance), posting(91, chance)], passages: [posting(1, chance)] };
  assert.deepEqual(rankByWeight(banded, 100, 8, () => false, 0, thinSets(fresh, DEFAULT_POLICY)).map(([id]) => id), chance);
});

test('the first source verified is the class holding most of the new text, the most copied on a tie, not the closest', () => {
  // `sibling` embeds the same passage of the new text as the story does (another partial retelling
  // of it) and, being small, is closer; the story and its copy hold that passage too.
  const sibling = candidate('sibling', [...range(1, 10), ...range(70, 75)], 0.6);
  const origin = candidate('origin', [...range(1, 10), ...range(30, 49)], 0.5);
  const copy = { ...candidate('copy', [...range(1, 10), ...range(30, 48)], 0.5), group: 'origin' };
  const reps = representatives([sibling, origin, copy], { bands: [], passages: range(1, 20) }, { ...DEFAULT_POLICY, maxSources: 1 });
  assert.deepEqual(reps.classes.map((c) => [c.representative.id, c.copies.map((x) => x.id)]), [['origin', ['copy']]]);
});
