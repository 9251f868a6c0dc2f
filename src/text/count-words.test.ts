import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from './count-words.js';

test('counts runs of letters and digits as words, whatever the punctuation', () => {
  assert.equal(countWords('Lindenport approves $1.2 billion, said Helena Marquardt.'), 8);
  assert.equal(countWords('Zürich — São Paulo; naïve'), 4);
  assert.equal(countWords(' \n\t '), 0);
});

test('counts each Han, Hiragana or Katakana character, so unspaced scripts cannot pass as one word', () => {
  assert.equal(countWords('路面电车'), 4);
  assert.equal(countWords('Lindenport approves $1.2 billion 路面电车'), 9);
  assert.equal(countWords('トラムです'), 5);
});
