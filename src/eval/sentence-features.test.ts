import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { FEATURE_NAMES, sentencePairFeatures } from './sentence-features.js';

const features = (a: string, b: string): Record<string, number> => {
  const row = sentencePairFeatures(analyze(a, { language: 'en' }), analyze(b, { language: 'en' }));
  assert.equal(row.length, FEATURE_NAMES.length);
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, row[i]]));
};

test('a changed figure and a changed name show up as mismatches, a reworded sentence does not', () => {
  const same = features('Shares of Acme rose 5 percent on Monday.', 'On Monday, Acme shares rose 5 percent.');
  assert.equal(same.numberMismatch, 0);
  assert.equal(same.nameMismatch, 0);
  assert.ok(same.cosine > 0.9);
  const changed = features('Shares of Acme rose 5 percent on Monday, said Smith.', 'Shares of Acme rose 7 percent on Monday, said Jones.');
  assert.equal(changed.numberMismatch, 2);
  assert.equal(changed.nameMismatch, 2);
  assert.ok(changed.word1High < 1);
});

test('a negation on one side only is flagged', () => {
  assert.equal(features('The bill was passed.', 'The bill was not passed.').negationMismatch, 1);
  assert.equal(features('The bill was not passed.', 'The bill was never passed.').negationMismatch, 0);
});

test('character bigrams still match a reworded sentence with inflected words', () => {
  const row = features('The company reported higher profits.', 'Profit at the company was reported higher.');
  assert.ok(row.char2Low > row.word2Low);
  assert.ok(row.char2High <= 1 && row.char2Low <= row.char2High);
});
