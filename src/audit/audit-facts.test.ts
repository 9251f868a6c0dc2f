import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactDiff } from '../core/types.js';
import { auditPair as audit } from './test-support/audit-pair.js';

const flagged = (diffs: FactDiff[]) =>
  diffs.filter((d) => d.status !== 'kept').map((d) => [d.status, d.source?.text ?? null, d.derivative?.text ?? null]);

test('a respelt name, a changed number and a changed attribution in linked sentences are changes', () => {
  const diffs = audit(
    'The delegation was led by Abdullah Mehrabi, U.S. officials said. Revenue dipped 1.4% to 86.7bn francs.',
    'The delegation was led by Abdollah Mehrabi, according to sources aligned with the United States. Revenue slipped 1.7% to 86.7bn francs.',
    [[0, 0], [1, 1]],
  );
  assert.deepEqual(flagged(diffs), [
    ['changed', 'Abdullah Mehrabi', 'Abdollah Mehrabi'],
    ['changed', 'U.S. officials said', 'according to sources aligned with the United States'],
    ['changed', '1.4%', '1.7%'],
  ]);
  const name = diffs.find((d) => d.status === 'changed' && d.type === 'person');
  assert.match(name?.note ?? '', /spelled differently.*Abdullah Mehrabi → Abdollah Mehrabi/);
});

test('facts only in the retelling are unsupported, facts only in the source dropped', () => {
  const diffs = audit(
    'Russia plans a factory near Yelabuga, about 600 miles east of Moscow, on Jan. 5. The factory has not yet started work.',
    'Russia plans a factory east of Moscow as part of a $1 billion deal. They also connected their interbank payment messaging systems.',
    [[0, 0]],
  );
  const got = flagged(diffs);
  for (const item of [['dropped', 'Yelabuga', null], ['dropped', '600 miles', null], ['dropped', 'Jan. 5', null], ['unsupported', null, '$1 billion']]) {
    assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(item)), `${JSON.stringify(item)} in ${JSON.stringify(got)}`);
  }
  assert.ok(got.some(([s, , d]) => s === 'unsupported' && /interbank/.test(d ?? '')), JSON.stringify(got));
  assert.ok(got.some(([s, src]) => s === 'dropped' && /started/.test(src ?? '')), JSON.stringify(got));
});

test('faithful paraphrases are kept: demonyms, title abbreviations, word order and number spellings', () => {
  const diffs = audit(
    'They will build 6,000 Iranian-designed drones. Ghassem Damavandian is chief executive of Quds Aviation Industry. Pilots fly Russian fighter jets.',
    'They will build 6000 drones designed by Iran. Ghassem Damavandian is CEO of Quds Aviation Industry. Pilots fly Russian jet fighters.',
    [[0, 0], [1, 1], [2, 2]],
  );
  assert.deepEqual(flagged(diffs), []);
  assert.ok(diffs.some((d) => d.status === 'kept' && d.source?.text === 'Ghassem Damavandian'));
});

test('a clause cut from a linked sentence is a dropped claim, a reworded one is not', () => {
  const diffs = audit(
    'Sales of bottled water also fell, although chocolate, coffee and petcare products performed better. Earnings remained broadly flat over the year.',
    'Sales of bottled water also fell. Earnings were largely unchanged over the year.',
    [[0, 0], [1, 1]],
  );
  const got = flagged(diffs);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.equal(got[0][0], 'dropped');
  assert.match(got[0][1] ?? '', /petcare/);
});

test('repeated mentions of one dropped value are reported once', () => {
  const diffs = audit('The town of Yelabuga is far. People in Yelabuga are cold. The plant is new.', 'The plant is new.', [[2, 0]]);
  assert.equal(diffs.filter((d) => d.status === 'dropped' && d.source?.value === 'yelabuga').length, 1);
});

test('a speaker whose name is respelt is a changed name, not also a changed attribution', () => {
  const diffs = audit('Minister Adamu Bello said the plan would work.', 'Minister Adamu Bellow said the plan would work.', [[0, 0]]);
  assert.deepEqual(flagged(diffs), [['changed', 'Adamu Bello', 'Adamu Bellow']]);
});

test('an attribution lost from several statements is a finding for each statement', () => {
  const diffs = audit(
    'The plant will open in May, officials said. Officials said the plant will employ local people.',
    'The plant will open in May. The plant will employ local people.',
    [[0, 0], [1, 1]],
  );
  assert.equal(diffs.filter((d) => d.status === 'dropped' && d.type === 'attribution').length, 2);
});

test('a speaker the retelling credits by pronoun, or names where the source gave a role, is kept', () => {
  const byPronoun = audit('Mr Okafor spoke. "I will not resign," Mr Okafor said.', 'Mr Okafor spoke. "I will not resign," he said.', [[0, 0], [1, 1]]);
  assert.deepEqual(flagged(byPronoun), []);
  const byName = audit(
    'The Harbour Trust criticised the plan. "The plan is reckless," the trust said in a statement.',
    'The Harbour Trust criticised the plan. "The plan is reckless," says the Harbour Trust.',
    [[0, 0], [1, 1]],
  );
  assert.deepEqual(flagged(byName), []);
  const swapped = audit('Nestle said sales fell.', 'Analysts said sales fell.', [[0, 0]]);
  assert.deepEqual(flagged(swapped).map(([s]) => s), ['changed']);
});

test('a month closing a title is part of the name, and "this week" is the week of the named days', () => {
  const title = audit('She starred in The Darling Buds of May on television. She won.', 'She won.', [[1, 0]]);
  assert.ok(!flagged(title).some(([, s]) => s === 'May'), JSON.stringify(flagged(title)));
  const week = audit('The summit meets in Oslo on Friday and Saturday.', 'This week\'s summit meets in Oslo.', [[0, 0]]);
  assert.ok(!flagged(week).some(([s, , d]) => s === 'unsupported' && /week/i.test(d ?? '')), JSON.stringify(flagged(week)));
});

test('a role credited in another sentence, or a speaker pointing back to one named, is no lost or new source', () => {
  const role = audit(
    'About 12% of visitors came from Iran, the campaign\'s director told reporters. He was pleased.',
    'Its director, Kurt Hopkins, said he was pleased.',
    [[1, 0]],
  );
  assert.ok(!flagged(role).some(([s, src]) => s === 'dropped' && /director/.test(src ?? '')), JSON.stringify(flagged(role)));
  const back = audit('"She took the drugs," said a CAS statement.', '"She took the drugs," said a CAS statement. According to the same text, she hid it.', [[0, 0]]);
  assert.ok(!back.some((d) => d.type === 'attribution' && d.status === 'unsupported'), JSON.stringify(flagged(back)));
});

test('a name and its acronym are one entity whichever text spells it out', () => {
  const diffs = audit('The European Central Bank held rates.', 'The ECB held rates.', [[0, 0]]);
  assert.deepEqual(flagged(diffs), []);
  const back = audit('The ECB held rates.', 'The European Central Bank held rates.', [[0, 0]]);
  assert.deepEqual(flagged(back), []);
});
