import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../align/index.js';
import type { AnalyzedText } from '../core/types.js';
import { extract } from '../extract/index.js';
import { analyze } from '../text/index.js';
import { judge, relationOf } from './index.js';
import { BRIDGE_NOTICE, TRAVEL_COLUMN } from './test-support/relation-fixtures.js';

const en = (text: string): AnalyzedText => analyze(text, { language: 'en' });
const verdictOf = (a: string, b: string) => {
  const [s, d] = [en(a), en(b)];
  return judge(s, d, align(s, d));
};

const STORY =
  'Heavy rain flooded the main road into Ashford on Sunday morning. ' +
  'Firefighters rescued two drivers whose cars were trapped by the water. ' +
  'The river rose by almost two metres overnight, the highest level since 1998, according to the environment agency. ' +
  'The council has opened a shelter in the town hall for residents who had to leave their homes.';

test('identical texts are a copy', () => {
  const v = verdictOf(STORY, STORY);
  assert.equal(v.relation, 'copy');
  assert.equal(v.evidence.derivativeCoverage, 1);
});

test('a few swapped words keep a light rewrite', () => {
  const light = STORY.replace('Heavy rain', 'Torrential rain').replace('rescued', 'saved').replace('almost', 'nearly')
    .replace('opened a shelter', 'set up a shelter');
  assert.equal(verdictOf(STORY, light).relation, 'light-rewrite');
});

test('a retelling in new words is a heavy rewrite', () => {
  const heavy =
    'On Sunday morning floodwater covered the main road into Ashford and firefighters had to rescue two drivers trapped in their cars. ' +
    'Residents forced out of their homes can stay at a shelter the council opened in the town hall. ' +
    'According to the environment agency, the river climbed nearly two metres overnight, its highest level since 1998.';
  const v = verdictOf(STORY, heavy);
  assert.equal(v.relation, 'heavy-rewrite');
  assert.match(v.explanation, /heavy rewrite/);
});

test('a copy of a small part of its source says so in its explanation; a whole copy does not', () => {
  const excerpt = 'The river rose by almost two metres overnight, the highest level since 1998, according to the environment agency.';
  const part = verdictOf(STORY, excerpt);
  assert.equal(part.relation, 'copy');
  assert.match(part.explanation, /^The second text is a near-verbatim copy of part of the first \(\d+% of it\)\./);
  assert.match(verdictOf(STORY, STORY).explanation, /^The second text is a near-verbatim copy of the first\./);
});

test('texts on different subjects are unrelated and the explanation cites the evidence', () => {
  const v = verdictOf(STORY, 'The national team won its third match of the tournament with a late goal. The coach praised the young defenders.');
  assert.equal(v.relation, 'unrelated');
  assert.equal(v.direction, 'unknown');
  assert.match(v.explanation, /0% of the second text/);
});

test('an independent report sharing one background sentence is the same story, not a copy', () => {
  const source =
    'A fire destroyed a warehouse in Leeds on Tuesday night. Fire crews from West Yorkshire spent six hours on the blaze. ' +
    'The warehouse, owned by Harlow Logistics, stored furniture for retailers across the north of England. ' +
    'Nobody was injured, the fire service said.';
  const report =
    'Firefighters battled a huge blaze at a Leeds warehouse overnight. Station manager Priya Kaur told the Yorkshire Post that ' +
    'residents of Kirkstall and Bramley were asked to keep windows closed. Labour councillor Tom Ellis called for an inquiry. ' +
    'Neighbour Sandra Okafor said she saw flames from Armley Road. ' +
    'The warehouse, owned by Harlow Logistics, stored furniture for retailers across the north of England.';
  const v = verdictOf(source, report);
  assert.equal(v.relation, 'same-story');
  assert.equal(v.evidence.copiedPassages, 1);
});

test('a passage reused inside an otherwise different text is a partial copy, with the share reused', () => {
  const v = verdictOf(BRIDGE_NOTICE, TRAVEL_COLUMN);
  assert.equal(v.relation, 'partial-copy');
  assert.ok(v.evidence.copiedPassages >= 1);
  assert.ok(v.evidence.derivativeCoverage < 0.5 && v.evidence.copiedShare >= 0.1, JSON.stringify(v.evidence));
  assert.match(v.explanation, /reuses a passage of the first/);
});

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

test('seed pair: the relation is one the gold accepts', { skip: existsSync(seeds) ? false : `${seeds} not found` }, () => {
  const gold = JSON.parse(readFileSync(resolve(seeds, 'audit-gold.json'), 'utf8'));
  const read = (f: string) => analyze(extract(readFileSync(resolve(seeds, f), 'utf8')).text);
  const [s, d] = [read(gold.source), read(gold.derivative)];
  const v = judge(s, d, align(s, d));
  assert.ok(gold.relation.includes(v.relation), `${v.relation}: ${v.explanation}`);
});

test('shared word sequences without aligned text do not make a text derived', () => {
  const base = {
    sourceCoverage: 0.07, derivativeCoverage: 0.16, similarity: 0.03, verbatimShare: 0.19, orderedShare: 0.06,
    copiedShare: 0.02, copiedPassages: 2, paraphrasedPassages: 7, vocabularyOverlap: 0.43, sharedNames: 8,
    sharedNameShare: 0.15, newNames: 46, unsupportedFacts: 0, changedFacts: 0,
  };
  // Two papers of one field share formulas and stock phrases: same topic, no reuse.
  assert.equal(relationOf(base), 'same-story');
  // The same share of verbatim words in a text a third aligned is reuse.
  assert.equal(relationOf({ ...base, derivativeCoverage: 0.35, sourceCoverage: 0.4, newNames: 2 }), 'heavy-rewrite');
});
