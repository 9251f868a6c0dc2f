import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { weighBatch, type BatchDocument } from './assign-batch.js';
import { storyFeatures } from './features.js';

function document(id: string, text: string): BatchDocument {
  const features = storyFeatures({ id, title: null, analyzedTitle: null, body: analyze(text, { language: 'en' }), outlet: null, published: null, period: null });
  return { features, reuse: [] };
}

test('a batch counts words named like built-in object properties as words', () => {
  const batch = [
    document('a', 'The constructor told the Lindenport council that the bridge would open in May.'),
    document('b', 'A second constructor bid for the Lindenport bridge contract on Monday.'),
  ];
  const weighed = weighBatch(batch, { documents: 10, df: () => 1 });
  assert.equal(weighed.counts['constructor'], 2);
  assert.equal(weighed.frequencies.df('constructor'), 3);
  assert.ok(weighed.documents.every((d) => d.vectors.terms.weights.every(Number.isFinite)));
});
