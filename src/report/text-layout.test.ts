import { test } from 'node:test';
import assert from 'node:assert/strict';
import { around, snippet, wrap } from './text-layout.js';

test('snippets stay on one line and are cut at a word with an ellipsis', () => {
  assert.equal(snippet('short\n\ntext', 40), 'short text');
  const cut = snippet('The Brackenford city council voted on Tuesday to approve a tram line', 30);
  assert.ok([...cut].length <= 30, cut);
  assert.match(cut, /^The Brackenford city council…$/);
});

test('wrapped lines fit the width and keep every word', () => {
  const text = 'Moscow and Tehran are pursuing plans to build a new factory in Russia that could produce drones.';
  const lines = wrap(text, 30, '  ');
  assert.ok(lines.every((l) => l.length <= 30 && l.startsWith('  ')), lines.join('|'));
  assert.equal(lines.map((l) => l.trim()).join(' '), text);
});

test('the window around a fact keeps the fact whole and fits the width', () => {
  const sentence =
    'Officials said the Iranian delegation was led by Brigadier General Abdullah Mehrabi, head of the Islamic Revolutionary Guard Corps Aerospace Research and Self-Reliance Jihad Organization.';
  const w = around(sentence, 'abdullah mehrabi', 60);
  assert.equal(w.match, 'Abdullah Mehrabi');
  assert.ok(w.before.startsWith('…') && w.after.endsWith('…'));
  assert.ok([...`${w.before}${w.match}${w.after}`].length <= 60);
  assert.deepEqual(around('Short one.', 'one', 60), { before: 'Short ', match: 'one', after: '.' });
  assert.deepEqual(around('No match here.', 'Yelabuga', 60), { before: 'No match here.', match: '', after: '' });
});

test('a fact longer than the window is itself shortened', () => {
  const long = 'according to figures presented to the council by the city transport department';
  const w = around(`The line will carry riders, ${long}.`, long, 40);
  assert.ok([...w.match].length <= 40 && w.match.endsWith('…'), w.match);
  assert.equal(w.before + w.after, '');
});
