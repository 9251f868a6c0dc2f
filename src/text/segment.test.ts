import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentSentences } from './segment.js';

const sentences = (text: string) => segmentSentences(text, 'en').map((r) => text.slice(r.start, r.end));

test('abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(sentences('The U.S. Treasury acted on Jan. 6. Dr. Smith of Acme Inc. agreed. J. R. Jones left.'), [
    'The U.S. Treasury acted on Jan. 6.',
    'Dr. Smith of Acme Inc. agreed.',
    'J. R. Jones left.',
  ]);
});

test('line breaks are hard boundaries and blank lines start paragraphs', () => {
  const text = 'Headline here\n\nFirst sentence. Second one.\nList item';
  const ranges = segmentSentences(text, 'en');
  assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['Headline here', 'First sentence.', 'Second one.', 'List item']);
  assert.deepEqual(ranges.map((r) => r.paragraph), [0, 1, 1, 1]);
});

test('other languages segment with their own locale', () => {
  assert.equal(segmentSentences('El Sr. García llegó ayer. Dijo que sí.', 'es').length, 2);
});
