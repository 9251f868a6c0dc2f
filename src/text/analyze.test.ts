import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './analyze.js';

test('tokens carry folded, stemmed forms and offsets into the text', () => {
  const text = 'Officials said the Café’s drones cost $1,000.';
  const a = analyze(text, { language: 'en' });
  const words = a.tokens.map((t) => [text.slice(t.start, t.end), t.norm, t.stem, t.kind]);
  assert.deepEqual(words, [
    ['Officials', 'officials', 'offici', 'word'],
    ['said', 'said', 'said', 'word'],
    ['the', 'the', 'the', 'word'],
    ['Café’s', "cafe's", 'cafe', 'word'],
    ['drones', 'drones', 'drone', 'word'],
    ['cost', 'cost', 'cost', 'word'],
    ['1,000', '1,000', '1000', 'number'],
  ]);
  assert.equal(a.tokens[2].isStop, true);
});

test('dotted initialisms fold to plain letters', () => {
  const a = analyze('The U.S. Treasury.', { language: 'en' });
  assert.equal(a.tokens[1].norm, 'us');
});

test('language is detected for English and Spanish news', () => {
  assert.equal(analyze('Moscow and Tehran are pursuing plans to build a new factory in Russia, officials said.').language, 'en');
  assert.equal(analyze('El gobierno anunció ayer que la economía crecerá un tres por ciento este año.').language, 'es');
});

test('empty text has no sentences', () => {
  const a = analyze('', { language: 'en' });
  assert.equal(a.sentences.length, 0);
  assert.equal(a.tokens.length, 0);
});
