import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEED, anyText, newsText } from '../core/test-support/news-text.js';
import { analyze } from './analyze.js';
import { segmentSentences } from './segment.js';

test('sentences of any text lie inside it, in order, without overlap, the same on a second run', () => {
  fc.assert(fc.property(fc.oneof(anyText, newsText), fc.constantFrom('en', 'de', 'fr', 'und'), (text, language) => {
    const ranges = segmentSentences(text, language);
    let last = 0;
    for (const r of ranges) {
      assert.ok(r.start >= last && r.start < r.end && r.end <= text.length, JSON.stringify(r));
      last = r.end;
    }
    assert.deepEqual(segmentSentences(text, language), ranges);
  }), { seed: SEED, numRuns: 300 });
});

test('every token of any text is the text at its offsets, inside its sentence', () => {
  fc.assert(fc.property(fc.oneof(anyText, newsText), (text) => {
    const analyzed = analyze(text);
    for (const token of analyzed.tokens) {
      assert.equal(text.slice(token.start, token.end), token.surface);
      const sentence = analyzed.sentences[token.sentence]!;
      assert.ok(token.start >= sentence.start && token.end <= sentence.end);
    }
    for (const s of analyzed.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(analyze(text), analyzed);
  }), { seed: SEED, numRuns: 200 });
});
