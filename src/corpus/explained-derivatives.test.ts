import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimate, type Candidate } from './candidates.js';
import { representatives } from './groups.js';
import { DEFAULT_POLICY } from './policy.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// The new text embeds a passage of a story (keys 1-20) in text of its own (keys 21-30).
const fresh = { bands: [], passages: range(1, 30) };
const stored = (id: string, passages: number[], group = id): Candidate => estimate(fresh, id, { keys: { bands: [], passages }, group, published: null }, 1);

// The story it took the passage from: holds more of the new text than the new text holds of it.
const story = stored('story', [...range(1, 20), ...range(31, 60)]);
// A shorter retelling of the story: what it shares with the new text is the story's, so it is mostly
// contained in the new text without being taken from it.
const sibling = stored('sibling', [...range(1, 12), ...range(61, 64)]);
// A text that took the new text's own passage (keys 21-28), which the story does not hold.
const derivative = stored('derivative', [...range(1, 3), ...range(21, 28), 70, 71]);

const aligned = (candidates: Candidate[], explainedShare = DEFAULT_POLICY.explainedShare) =>
  representatives(candidates, fresh, { ...DEFAULT_POLICY, maxSources: 1, explainedShare }).classes.map((c) => c.representative.id).sort();

test('a retelling that looks taken from the new text is not aligned as its derivative when a closer stored text holds what they share', () => {
  assert.ok(sibling.candidateInNew - sibling.newInCandidate >= DEFAULT_POLICY.containedMargin, 'the sibling looks like a derivative by its keys');
  assert.deepEqual(aligned([story, sibling]), ['story']);
  // Above 1 the rule is off: every likely derivative is aligned, beside the best source.
  assert.deepEqual(aligned([story, sibling], 1.01), ['sibling', 'story']);
});

test('a derivative holding the new text\'s own passages is still aligned as one', () => {
  assert.deepEqual(aligned([story, sibling, derivative]), ['derivative', 'story']);
});

test('a near copy of the retelling explains nothing: it holds what the retelling holds', () => {
  const reprint = stored('reprint', [...range(1, 12), ...range(61, 64)], 'sibling');
  assert.deepEqual(aligned([sibling, reprint]), ['sibling']);
});
