import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isNewstraceError } from '../core/errors.js';
import { SEED, anyText, newsText, respaced } from '../core/test-support/news-text.js';
import { extract } from './extract.js';

const asText = (t: string) => extract(t, { format: 'text' });
const asHtml = (paragraphs: string) => `<!DOCTYPE html><html><body><article>${paragraphs.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

test('extract never throws on any input except its typed errors, and gives the same result twice', () => {
  fc.assert(fc.property(anyText, fc.constantFrom('text' as const, 'html' as const), (input, format) => {
    let first;
    try {
      first = extract(input, { format });
    } catch (error) {
      if (!isNewstraceError(error)) throw error;
      return;
    }
    assert.deepEqual(extract(input, { format }), first);
  }), { seed: SEED, numRuns: 150 });
});

test('extract gives one clean text whatever the spacing, line ends or Unicode normalisation form of the input', () => {
  fc.assert(fc.property(newsText, (text) => {
    const clean = asText(text).text;
    assert.equal(asText(respaced(text)).text, clean);
    assert.equal(asText(text.normalize('NFD')).text, clean);
    assert.equal(clean, clean.normalize('NFC'));
  }), { seed: SEED, numRuns: 200 });
});

test('an article page gives the same clean text as the same paragraphs typed as plain text', () => {
  fc.assert(fc.property(newsText, (text) => {
    assert.equal(extract(asHtml(text), { format: 'html' }).text, asText(text).text);
  }), { seed: SEED, numRuns: 25 });
});
