import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactDiff } from '../core/types.js';
import { auditPair as audit } from './test-support/audit-pair.js';

const claims = (diffs: FactDiff[]) => diffs.filter((d) => d.type === 'claim').map((d) => [d.status, (d.source ?? d.derivative)?.text]);

test('a statement the retelling leaves out is reported whole, not as scattered words', () => {
  const got = claims(audit(
    'The bridge opened in spring. Engineers found cracks in the supporting cables during the final inspection.',
    'The bridge opened in spring.',
    [[0, 0]],
  ));
  assert.deepEqual(got, [['dropped', 'Engineers found cracks in the supporting cables during the final inspection']]);
});

test('a statement retold in other sentences of the retelling is kept', () => {
  const got = claims(audit(
    'The mayor praised the volunteers who cleared the flooded streets overnight.',
    'Volunteers cleared the streets. They worked overnight after the flood, and the mayor praised them.',
    [[0, 0]],
  ));
  assert.deepEqual(got, []);
});

test('a denial the other text does not share is unsupported even when its words are shared', () => {
  const got = claims(audit(
    'The council has approved the new parking charges.',
    'The council has not approved the new parking charges.',
    [[0, 0]],
  ));
  assert.deepEqual(got, [['unsupported', 'council has not approved the new parking charges']]);
});

test('a heading states nothing', () => {
  const got = claims(audit('Rail fares will rise in March.', 'Key points for weary commuters:\n\nRail fares will rise in March.', [[0, 1]]));
  assert.deepEqual(got, []);
});

test('a clause reworded with synonyms is kept, in its own sentence or spread over others', () => {
  const source = 'The council met on Monday. Small shops say the regulations are confusing and expensive.';
  assert.deepEqual(claims(audit(source, 'The council met on Monday. Little stores say the rules are baffling and costly.', [[0, 0], [1, 1]])), []);
  assert.deepEqual(claims(audit(source, 'The council met on Monday. Little stores find the rules baffling. They call them costly too.', [[0, 0]])), []);
});

test('a clause with no synonym on the other side is still reported', () => {
  const got = claims(audit(
    'The museum closed its east wing last week. Rain leaked through the gallery roof during the storms.',
    'The museum closed its east wing last week.',
    [[0, 0]],
  ));
  assert.deepEqual(got, [['dropped', 'Rain leaked through the gallery roof during the storms']]);
});

test('a sentence already reported for a dropped date gets no second, claim-level finding', () => {
  const got = audit(
    'The museum reopened last week. Rain leaked through the gallery roof during the storms, and the east wing closed on Monday.',
    'The museum reopened last week. The east wing closed.',
    [[0, 0], [1, 1]],
  ).filter((d) => d.status !== 'kept');
  assert.deepEqual(got.map((d) => [d.type, d.status, d.source?.text]), [['date', 'dropped', 'Monday']]);
});
