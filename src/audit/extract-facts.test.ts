import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { extractFacts } from './extract-facts.js';

const facts = (text: string) => extractFacts(analyze(text, { language: 'en' }));
const find = (text: string, type: string) => facts(text).filter((f) => f.type === type).map((f) => [f.text, f.value]);

test('money is read with its currency and scale', () => {
  assert.deepEqual(find('The deal is worth $1 billion, up from €3m and £25bn last time.', 'money'), [
    ['$1 billion', 'money:usd:1000000000'],
    ['€3m', 'money:eur:3000000'],
    ['£25bn', 'money:gbp:25000000000'],
  ]);
  assert.deepEqual(find('Revenue reached 86.7bn Swiss francs.', 'money'), [['86.7bn Swiss francs', 'money:chf:86700000000']]);
});

test('numbers keep what they count, and spellings of one amount share a value', () => {
  const values = (t: string) => find(t, 'number').map(([, v]) => v);
  assert.deepEqual(values('It lies about 600 miles east of Moscow.'), ['num:600:mile']);
  assert.deepEqual(values('They built 6,000 drones.'), values('They built 6000 drones.'));
  assert.deepEqual(values('They built six thousand drones.'), ['num:6000:drone']);
  assert.deepEqual(values('Growth was 6.5% and then 8 per cent.'), ['pct:6.5', 'pct:8']);
  assert.deepEqual(values('It received an eight-year ban after a 4-1 vote.'), ['num:8:year', 'score:4-1']);
});

test('dates: day and month in either order, abbreviations, relative phrases and bare years', () => {
  assert.deepEqual(find('A visit on Jan. 5 followed sanctions on January 6 and a report of 15 July 2006.', 'date'), [
    ['Jan. 5', 'm01 d05'],
    ['January 6', 'm01 d06'],
    ['15 July 2006', 'y2006 m07 d15'],
  ]);
  const values = find('In December they met; planes go by the end of the year, drones flew last fall, sanctions came in 2021.', 'date').map(([, v]) => v);
  assert.deepEqual(values, ['m12', 'rel:end of year', 'rel:last autumn', 'y2021']);
  assert.deepEqual(find("It opens at Tuesday's ceremony.", 'date'), [['Tuesday', 'wd:tuesday']]);
});

test('names join hyphens and connectors, drop titles, and split lists joined by "and"', () => {
  const names = facts(
    'The delegation was led by Brigadier General Abdullah Mehrabi, head of the Aerospace Research and Self-Reliance Jihad Organization, and met Russia and Iran officials.',
  ).filter((f) => ['person', 'organization', 'place', 'entity'].includes(f.type));
  assert.deepEqual(names.map((f) => [f.type, f.text]), [
    ['person', 'Abdullah Mehrabi'],
    ['organization', 'Aerospace Research and Self-Reliance Jihad Organization'],
    ['entity', 'Russia'],
    ['entity', 'Iran'],
  ]);
});

test('a capital at the start of a sentence or in a title-case headline is not a name by itself', () => {
  const names = facts('Tehran And Moscow Join Forces\n\nSubsequently, the plant opened. Officials said Tehran agreed.')
    .filter((f) => ['person', 'organization', 'place', 'entity'].includes(f.type))
    .map((f) => f.text);
  assert.deepEqual(names, ['Tehran', 'Tehran']);
  const opened = facts('Curt Hopkins agreed. Meanwhile Ghana said so, and rival Ghana grew.')
    .filter((f) => ['person', 'organization', 'place', 'entity'].includes(f.type))
    .map((f) => f.text);
  assert.deepEqual(opened, ['Curt Hopkins', 'Ghana', 'Ghana']);
});

test('attributions name their speaker before or after the verb, and "according to"', () => {
  const found = facts(
    'The talks advanced, U.S. officials say. "It is proved," said a CAS statement. According to the country\'s air force, 540 fell. The Wall Street Journal writes about it. He said nothing.',
  ).filter((f) => f.type === 'attribution');
  assert.deepEqual(found.map((f) => f.text), ['U.S. officials say', 'said a CAS statement', "According to the country's air force", 'The Wall Street Journal writes']);
  assert.equal(found[0].value, 'official us');
});

test('quotes are found even when a sentence starts inside one', () => {
  const quotes = facts('He called it "a turning point for the city". Later he said: "We expected a bit of this.').filter((f) => f.type === 'quote');
  assert.deepEqual(quotes.map((f) => f.text), ['a turning point for the city', 'We expected a bit of this.']);
});

test('types come from context: legal suffixes and heads make organisations, a quoted or bracketed title a work', () => {
  const types = (text: string) => Object.fromEntries(extractFacts(analyze(text, { language: 'en' })).map((f) => [f.text, f.type]));
  assert.equal(types('Shares in Acme Widgets Ltd rose.')['Acme Widgets Ltd'], 'organization');
  assert.equal(types('He spoke to the US-funded Radio Farda.')['Radio Farda'], 'organization');
  assert.equal(types('Amnesty International condemned it.')['Amnesty International'], 'organization');
  const play = types('She starred in "Notes on Falling Leaves" with Dominic Cooper (His Dark Materials).');
  assert.equal(play['Dark Materials'], 'entity');
  assert.equal(play['Dominic Cooper'], 'person');
  assert.notEqual(play['Falling Leaves'] ?? play['Notes on Falling Leaves'], 'person');
});
