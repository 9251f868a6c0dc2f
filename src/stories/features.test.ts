import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { storyFeatures } from './features.js';

function features(text: string, title: string | null = null) {
  const analyzedTitle = title ? analyze(title, { language: 'en' }) : null;
  return storyFeatures({ id: 'a', title, analyzedTitle, body: analyze(text, { language: 'en' }), outlet: null, published: null, period: null });
}

test('words named like built-in object properties are counted as words', () => {
  const f = features('The constructor told the Lindenport council that the constructor would finish the bridge. A Constructor spokesman agreed.', 'Constructor to finish bridge');
  assert.equal(f.terms['constructor'], 3);
  assert.equal(f.labels['constructor'], 'constructor');
  assert.equal(f.titleTerms['constructor'], 1);
  assert.equal(f.specifics['Constructor'], 1);
});

test('names, name pairs and numbers of two or more digits are specifics', () => {
  const f = features('Rescuers in Sumatra said the quake killed 240 people. Officials in West Sumatra counted 3 aftershocks.');
  assert.equal(f.specifics['Sumatra'], 2);
  assert.equal(f.specifics['West Sumatra'], 1);
  assert.equal(f.specifics['#240'], 1);
  assert.equal(f.specifics['#3'], undefined);
});
