import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { extract } from '../extract/index.js';
import { initFingerprint } from '../fingerprint/index.js';
import type { SourceRecord } from '../ingest/index.js';
import { analysisOf, prepareExtracted } from './prepare-document.js';
import { packedKeys, unpackTextFeatures } from '../stories/features-wire.js';
import { packPreparation, unpackAnalysis, unpackPreparation } from './prepared-wire.js';
import { specificKeys } from './story-link.js';

const TEXT = `Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said.

About 1,200 of the 1,450 members took part; 71.5% backed the deal, which raises pay by 4% in 2025. "It is not everything we asked for," said spokeswoman Ines de Vries.

Die Gewerkschaft will die Einigung am Freitag unterschreiben.`;

before(async () => {
  await initFingerprint();
});

test('a packed preparation unpacks to the same analysed text, keys and hash', () => {
  const prepared = prepareExtracted(extract(TEXT, { format: 'text' }));
  const { packed, story, specifics: _, language, ...round } = unpackPreparation(structuredClone(packPreparation(prepared)));
  const analyzed = unpackAnalysis(prepared.analyzed.text, packed);
  assert.deepEqual({ ...round, analyzed, story: unpackTextFeatures(story) }, prepared);
  assert.equal(language, prepared.analyzed.language);
  assert.ok(analyzed.tokens.some((t) => t.kind === 'number') && analyzed.tokens.some((t) => t.isStop));
});

test('the packed form is smaller to clone than the analysed text it stands for', async () => {
  const { serialize } = await import('node:v8');
  const prepared = prepareExtracted(extract(TEXT, { format: 'text' }));
  assert.ok(serialize(packPreparation(prepared)).length * 2 < serialize(prepared).length);
});

test('story features cross packed and stay packed, prototype-free when unpacked, their names and numbers keyed for the unpacked text', () => {
  const body = extract('The constructor of the Velsen bridge, Ines de Vries, said 1,200 workers built it.', { format: 'text' });
  const prepared = prepareExtracted({ ...body, title: 'Constructor finishes Velsen bridge in 2025' });
  const round = unpackPreparation(structuredClone(packPreparation(prepared)));
  const story = unpackTextFeatures(round.story);
  assert.deepEqual(story, prepared.story);
  assert.equal(Object.getPrototypeOf(story.labels), null);
  assert.equal(story.terms['constructor'], 1);
  assert.equal(story.titleTerms['2025'], 1);
  assert.deepEqual(packedKeys(round.story), { specifics: Object.keys(story.specifics), terms: Object.keys(story.terms), titleTerms: Object.keys(story.titleTerms) });
  assert.deepEqual([...round.specifics], Object.keys(prepared.story.specifics));
  const linked = analysisOf({ kind: 'prepared', record: { extracted: { text: prepared.analyzed.text } } as SourceRecord, ...round });
  assert.equal(specificKeys(linked), round.specifics, 'the unpacked text keeps them keyed');
});
