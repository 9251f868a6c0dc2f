import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../extract/index.js';
import { prepareArticle } from './prepare.js';

const PAGE = '<html lang="en"><body><article><h1>Budget passes</h1><p>The council approved the budget on Tuesday. Dr. Smith said schools get more money.</p></article></body></html>';

test('prepares an extracted page: analysis of its text, declared language as the fallback', () => {
  const article = prepareArticle(extract(PAGE));
  assert.equal(article.analyzed.text, article.extracted.text);
  assert.equal(article.analyzed.language, 'en');
  assert.deepEqual(article.analyzed.sentences.map((s) => s.text), [
    'Budget passes', 'The council approved the budget on Tuesday.', 'Dr. Smith said schools get more money.',
  ]);
});

test('an explicit language overrides detection', () => {
  assert.equal(prepareArticle(extract(PAGE), { language: 'de' }).analyzed.language, 'de');
});
