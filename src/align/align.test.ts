import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alignment, AnalyzedText } from '../core/types.js';
import { extract } from '../extract/index.js';
import { analyze } from '../text/index.js';
import { align, sentenceSimilarity } from './index.js';

const en = (text: string): AnalyzedText => analyze(text, { language: 'en' });
const reuse = (a: Alignment) => a.passages.filter((p) => p.kind === 'copied' || p.kind === 'paraphrased');

const BLOCK =
  'The harbour authority approved a new ferry terminal on Tuesday after three years of planning. ' +
  'Construction of the terminal will cost 42 million euros and is expected to take two years. ' +
  'Local fishermen had opposed the project because the new pier cuts across their traditional mooring area.';

test('a copied block inside other text is one copied passage with exact bounds on both sides', () => {
  const source = en(`City council news from the north coast.\n\n${BLOCK}\n\nThe mayor did not comment.`);
  const before = 'Weekend weather will be mild with light winds along the coast. Schools reopen on Monday after the holiday.';
  const derivative = en(`${before} ${BLOCK} Tickets for the summer festival go on sale next week.`);
  const copied = align(source, derivative).passages.filter((p) => p.kind === 'copied');
  assert.equal(copied.length, 1);
  assert.equal(derivative.text.slice(copied[0].derivative!.start, copied[0].derivative!.end), BLOCK);
  assert.equal(source.text.slice(copied[0].source!.start, copied[0].source!.end), BLOCK);
});

test('identical texts are one copied passage with full coverage', () => {
  const text = en(`${BLOCK}\n\nThe mayor did not comment.`);
  const a = align(text, text);
  assert.deepEqual(a.passages.map((p) => p.kind), ['copied']);
  assert.ok(a.scores.sourceCoverage > 0.99 && a.scores.derivativeCoverage > 0.99);
});

test('hard-wrapped copies align like unwrapped ones', () => {
  const wrapped = en(BLOCK.replace(/(.{60,75}) /g, '$1\n'));
  const a = align(en(BLOCK), wrapped);
  assert.deepEqual(a.passages.map((p) => p.kind), ['copied']);
});

test('a reordered paraphrase with a merged and a split sentence is fully linked', () => {
  const source = en(
    'Heavy rain flooded the main road into Ashford on Sunday morning. ' +
      'Firefighters rescued two drivers whose cars were trapped by the water. ' +
      'The river rose by almost two metres overnight, the highest level since 1998, according to the environment agency. ' +
      'The council has opened a shelter in the town hall for residents who had to leave their homes.',
  );
  const derivative = en(
    // merge of source 1 + 2
    'On Sunday morning floodwater covered the main road into Ashford and firefighters had to rescue two drivers trapped in their cars. ' +
      // reordered: source 4 before source 3
      'Residents forced out of their homes can stay at a shelter the council opened in the town hall. ' +
      // split of source 3
      'According to the environment agency, the river climbed nearly two metres overnight. ' +
      'That is the highest level the river has reached since 1998.',
  );
  const a = align(source, derivative);
  const linked = (d: number) => a.links.filter((l) => l.derivative === d).map((l) => l.source).sort();
  assert.deepEqual(linked(0), [0, 1], 'merged sentence links to both sources');
  assert.deepEqual(linked(1), [3]);
  assert.deepEqual(linked(2), [2]);
  assert.deepEqual(linked(3), [2], 'both halves of the split sentence link to it');
  assert.equal(a.passages.filter((p) => p.kind === 'added' || p.kind === 'dropped').length, 0);
  assert.ok(reuse(a).every((p) => p.kind === 'paraphrased'));
});

test('unrelated texts have no reused passages', () => {
  const source = en(BLOCK);
  const derivative = en(
    'The national team won its third match of the tournament with a late goal. ' +
      'The coach praised the young defenders and said the squad was ready for the final.',
  );
  const a = align(source, derivative);
  assert.equal(reuse(a).length, 0);
  assert.deepEqual(a.passages.map((p) => p.kind).sort(), ['added', 'dropped']);
  assert.equal(a.scores.derivativeCoverage, 0);
});

test('sentence similarity tells a verbatim copy from a paraphrase', () => {
  const [a, b, c] = [
    'Firefighters rescued two drivers whose cars were trapped by the water.',
    'Firefighters rescued two drivers whose cars were trapped by the water.',
    'Two motorists stuck in flooded cars were saved by firefighters.',
  ].map((s) => en(s).tokens);
  assert.equal(sentenceSimilarity(a, b).trigramOverlap, 1);
  const para = sentenceSimilarity(a, c);
  assert.ok(para.cosine > 0.2 && para.trigramOverlap === 0);
});

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

test('seed pair: every derivative sentence retelling a gold item is linked to the source', { skip: existsSync(seeds) ? false : `${seeds} not found` }, () => {
  const read = (f: string) => analyze(extract(readFileSync(resolve(seeds, f), 'utf8')).text);
  const gold = JSON.parse(readFileSync(resolve(seeds, 'audit-gold.json'), 'utf8'));
  const source = read(gold.source);
  const derivative = read(gold.derivative);
  const a = align(source, derivative);
  const linked = new Set(a.links.map((l) => l.derivative));
  // Changed and equivalent items name derivative text that retells the source by definition.
  const keys: string[] = [...gold.changed, ...gold.equivalent].map((item: { keys: string[] }) => item.keys[1].toLowerCase());
  for (const key of keys) {
    const sentence = derivative.sentences.find((s) => s.text.toLowerCase().includes(key));
    assert.ok(sentence, `"${key}" found in a derivative sentence`);
    assert.ok(linked.has(sentence.index), `sentence with "${key}" is linked: ${sentence.text}`);
  }
});
