import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { extract } from '../extract/index.js';
import { initFingerprint } from '../fingerprint/index.js';
import { prepareExtracted } from './prepare-document.js';
import { packPreparation, unpackPreparation } from './prepared-wire.js';

const TEXT = `Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said.

About 1,200 of the 1,450 members took part; 71.5% backed the deal, which raises pay by 4% in 2025. "It is not everything we asked for," said spokeswoman Ines de Vries.

Die Gewerkschaft will die Einigung am Freitag unterschreiben.`;

before(async () => {
  await initFingerprint();
});

test('a packed preparation unpacks to the same analysed text, keys and hash', () => {
  const prepared = prepareExtracted(extract(TEXT, { format: 'text' }));
  const round = unpackPreparation(prepared.analyzed.text, structuredClone(packPreparation(prepared)));
  assert.deepEqual(round, prepared);
  assert.ok(round.analyzed.tokens.some((t) => t.kind === 'number') && round.analyzed.tokens.some((t) => t.isStop));
});

test('the packed form is smaller to clone than the analysed text it stands for', async () => {
  const { serialize } = await import('node:v8');
  const prepared = prepareExtracted(extract(TEXT, { format: 'text' }));
  assert.ok(serialize(packPreparation(prepared)).length * 2 < serialize(prepared).length);
});
