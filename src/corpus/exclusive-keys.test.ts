import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KeyPostings } from '../store/store.js';
import { estimate, exclusiveKeys, isWeak, type Candidate } from './candidates.js';
import { representatives } from './groups.js';
import { DEFAULT_POLICY } from './policy.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const posting = (key: number, documents: string[]): KeyPostings => ({ key, frequency: documents.length, documents });
const fresh = { bands: [], passages: range(1, 40) };

test('a candidate sharing two keys of the new text that no other stored document holds is not rejected as weak', () => {
  // 3 of the new text's 40 keys, 3 of the candidate's 40: below minContainment either way.
  const entry = (passages: number[]) => ({ keys: { bands: [], passages }, group: 'g', published: null });
  const exclusive = exclusiveKeys({ bands: [], passages: [posting(1, ['rewriting']), posting(2, ['rewriting']), posting(3, ['rewriting', 'other'])] });
  assert.deepEqual([...exclusive], [['rewriting', 2]]);
  const rewriting = estimate(fresh, 'rewriting', entry([1, 2, 3, ...range(101, 137)]), 1, exclusive.get('rewriting'));
  assert.equal(rewriting.exclusive, 2);
  assert.equal(isWeak(rewriting, DEFAULT_POLICY), false);
  // The same keys, none exclusive (a third text holds them all), or one exclusive key alone: weak.
  assert.equal(isWeak(estimate(fresh, 'rewriting', entry([1, 2, 3, ...range(101, 137)]), 1), DEFAULT_POLICY), true);
  assert.equal(isWeak(estimate(fresh, 'rewriting', entry([1, 3, ...range(101, 138)]), 1, 1), DEFAULT_POLICY), true);
});

test('a class sharing exclusive keys with the new text is verified beside its sources, whatever maxSources', () => {
  const candidate = (id: string, passages: number[], share: number, exclusive: number): Candidate => ({
    id, group: id, published: null, weight: share, sharedBands: 0, sharedPassages: passages.length, exclusive, newInCandidate: share, candidateInNew: share / 2,
    keyCounts: { candidate: passages.length * 2, new: 40 }, keys: { bands: [], passages },
  });
  const source = candidate('source', range(1, 20), 0.5, 0);
  const sibling = candidate('sibling', range(1, 12), 0.3, 0);
  const rewriting = candidate('rewriting', [21, 22, 23], 0.1, 2);
  const reps = representatives([source, sibling, rewriting], fresh, { ...DEFAULT_POLICY, maxSources: 1 });
  assert.deepEqual(reps.classes.map((c) => c.representative.id), ['source', 'rewriting']);
  const none = representatives([source, sibling, { ...rewriting, exclusive: 0 }], fresh, { ...DEFAULT_POLICY, maxSources: 1 });
  assert.deepEqual(none.classes.map((c) => c.representative.id), ['source']);
});
