import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { english } from './lexicon-en.js';
import { lexiconFor } from './lexicon.js';
import { parseSynonyms, synonymsFor } from './synonyms.js';

test('stems listing one group id share a group, and a stem may sit in several', () => {
  const s = parseSynonyms('accus 1,2\nblame 2\ncharg 1\ncostli 0\nexpens 0\n');
  assert.deepEqual(s.groupsOf('expens'), s.groupsOf('costli'));
  assert.equal(s.groupsOf('accus').length, 2);
  assert.deepEqual(s.groupsOf('roof'), []);
});

test('the build writes an English table from WordNet that joins common synonyms but not unrelated words', () => {
  assert.ok(english.synonymTable && existsSync(english.synonymTable), 'the build writes the synonym table');
  const s = synonymsFor(english);
  const share = (a: string, b: string) => s.groupsOf(a).some((g) => s.groupsOf(b).includes(g));
  assert.ok(share('expens', 'costli'));
  assert.ok(share('agricultur', 'farm'));
  assert.ok(!share('expens', 'roof'));
});

test('a language with no lexicon of its own borrows the English word lists but not the English synonyms', () => {
  assert.ok(lexiconFor('en').synonymTable);
  assert.equal(lexiconFor('de').synonymTable, null);
  assert.deepEqual(synonymsFor(lexiconFor('de')).groupsOf('expens'), []);
});
