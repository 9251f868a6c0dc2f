import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ngramPairs } from './ngram-corpus.js';

const SOURCE = 'The regional council approved the new tram line on Monday after three years of debate. Work on the first stretch starts in the spring and should take two years.';
const PARTIAL = `Shops on the high street reported a quiet weekend. ${SOURCE.split('. ')[0]}. Parking fees rise again next month, the council added.`;
const OTHER = 'A late frost damaged most of the apple blossom in the valley, growers said, and the harvest will be smaller than last year.';

test('a text reusing a block of another is paired with the share of its own n-grams found there', () => {
  const pairs = ngramPairs([{ id: 'source', text: SOURCE }, { id: 'other', text: OTHER }, { id: 'partial', text: PARTIAL }]);
  assert.equal(pairs.length, 1);
  const [pair] = pairs;
  assert.deepEqual([pair!.a, pair!.b].sort(), ['partial', 'source']);
  // The reused sentence is most of the shorter source, so containment is high though the texts differ.
  assert.ok(pair!.containment > 0.4 && pair!.containment < 1, String(pair!.containment));
});

test('n-grams shared by more documents than the cap do not pair them', () => {
  const docs = ['one', 'two', 'three'].map((id) => ({ id, text: `${SOURCE} ${id}` }));
  assert.equal(ngramPairs(docs).length, 3);
  assert.equal(ngramPairs(docs, { maxDocuments: 2 }).length, 0);
});
