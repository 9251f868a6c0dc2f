import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactDiff } from '../core/types.js';
import { auditPair as audit } from './test-support/audit-pair.js';

const flagged = (diffs: FactDiff[]) => diffs.filter((d) => d.status !== 'kept');

test('a respelt name is one change however often it is mentioned, and the note counts the mentions', () => {
  const diffs = flagged(audit(
    'Finance minister Ravi Chandran spoke first. Mr Chandran then left. Later Mr Chandran returned to the hall.',
    'Finance minister Ravi Chandram spoke first. Mr Chandram then left. Later Mr Chandram returned to the hall.',
    [[0, 0], [1, 1], [2, 2]],
  ));
  assert.equal(diffs.length, 1, JSON.stringify(diffs.map((d) => d.note)));
  assert.match(diffs[0].note, /\(3 mentions\)/);
});

test('an amount given again in other currencies is one dropped finding', () => {
  const diffs = flagged(audit('The board will buy back shares worth 2bn Swiss francs ($1.7bn; £1.1bn). Profits rose.', 'Profits rose.', [[1, 0]]));
  assert.deepEqual(diffs.map((d) => d.source?.text), ['2bn Swiss francs']);
});

test('a name that only qualifies another lost fact is part of that finding', () => {
  const diffs = flagged(audit('She shared first place with former AAA champion Diane Allahgreen in the final. It rained.', 'It rained.', [[1, 0]]));
  assert.deepEqual(diffs.map((d) => d.source?.text), ['Diane Allahgreen']);
});

test('a swapped speaker is one changed attribution, not also a changed name', () => {
  const diffs = flagged(audit('Security firm Sophos said a tenth of mail was infected.', 'Security firm McAfee said a tenth of mail was infected.', [[0, 0]]));
  assert.deepEqual(diffs.map((d) => [d.status, d.type]), [['changed', 'attribution']]);
});

test('a fact written straight after another lost fact is part of its phrase', () => {
  const diffs = flagged(audit('The first version appeared in April this year. It spread fast.', 'It spread fast.', [[1, 0]]));
  assert.deepEqual(diffs.map((d) => d.source?.text), ['April']);
});

test('names joined only by brackets are one lost phrase', () => {
  const diffs = flagged(audit('It is part of the Health Service (Miscellaneous Provisions) Bill. It passed.', 'It passed.', [[1, 0]]));
  assert.equal(diffs.length, 1, JSON.stringify(diffs.map((d) => d.source?.text)));
});

test('a name placed against another by a preposition is its own finding', () => {
  const diffs = flagged(audit('She designed Iphigenia at Aulis for the Barbican. It rained.', 'It rained.', [[1, 0]]));
  assert.ok(diffs.some((d) => d.source?.text === 'Iphigenia'), JSON.stringify(diffs.map((d) => d.source?.text)));
});

test('names listed before a noun are one thing; a list before a verb names several', () => {
  const one = flagged(audit('He spoke from his Ross, Skye and Lochaber constituency. It rained.', 'It rained.', [[1, 0]]));
  assert.equal(one.filter((d) => d.type !== 'claim').length, 1, JSON.stringify(one.map((d) => d.source?.text)));
  const several = flagged(audit('India, with China, Brazil and Russia, has been invited. It rained.', 'It rained.', [[1, 0]]));
  assert.equal(several.filter((d) => d.type !== 'claim').length, 3, JSON.stringify(several.map((d) => d.source?.text)));
});
