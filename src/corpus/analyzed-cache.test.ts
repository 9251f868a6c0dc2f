import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store, StoredDocument } from '../store/store.js';
import { analyze } from '../text/index.js';
import { AnalyzedCache } from './analyzed-cache.js';
import { knownSpecificKeys, specificKeys } from './story-link.js';
import { packAnalysis } from './prepared-wire.js';

const TEXTS = [
  'Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said.',
  'About 1,200 of the 1,450 members took part; 71.5% backed the deal.',
  '"It is not everything we asked for," said spokeswoman Ines de Vries.',
  'Die Gewerkschaft will die Einigung am Freitag unterschreiben.',
];

/** A store that serves only getDocument, counting the reads. */
function storeOf(reads: string[]): Store {
  return {
    async getDocument(id: string) {
      reads.push(id);
      const text = TEXTS[Number(id)];
      return text === undefined ? null : ({ id, text, language: 'en', published: null } as unknown as StoredDocument);
    },
  } as unknown as Store;
}

test('a document given with its packed form is kept packed, and comes back unpacked anew, the same, without reading the store', async () => {
  const reads: string[] = [];
  const cache = new AnalyzedCache(1, 3);
  const docs = TEXTS.slice(0, 3).map((text, i) => ({ id: String(i), analyzed: analyze(text, { language: 'en' }), published: i === 0 ? '2024-01-02' : null }));
  for (const doc of docs) cache.set(doc, packAnalysis(doc.analyzed));
  const loaded = await cache.load(storeOf(reads), '2');
  assert.deepEqual(loaded, docs[2]);
  assert.notEqual(loaded!.analyzed, docs[2]!.analyzed, 'not held unpacked, even as the newest');
  assert.deepEqual(await cache.load(storeOf(reads), '0'), docs[0]);
  assert.deepEqual(await cache.load(storeOf(reads), '1'), docs[1]);
  assert.deepEqual(reads, []);
});

test('a document past the packed tier, or past the unpacked one without a packed form, is read from the store and analysed again', async () => {
  const reads: string[] = [];
  const cache = new AnalyzedCache(1, 1);
  for (const [i, text] of TEXTS.entries()) cache.set({ id: String(i), analyzed: analyze(text, { language: 'en' }), published: null }, i === 3 ? undefined : packAnalysis(analyze(text, { language: 'en' })));
  const loaded = await cache.load(storeOf(reads), '0');
  assert.deepEqual(reads, ['0']);
  assert.deepEqual(loaded?.analyzed, analyze(TEXTS[0]!, { language: 'en' }));
  // '3' came without a packed form: pushed out of the recent tier by '0', it is not kept.
  await cache.load(storeOf(reads), '3');
  assert.deepEqual(reads, ['0', '3']);
  assert.equal(await cache.load(storeOf(reads), 'missing'), null);
});

test('a document unpacked again keeps the names and numbers keyed for it, rather than counting them again', async () => {
  const cache = new AnalyzedCache(1, 2);
  const docs = TEXTS.slice(0, 2).map((text, i) => ({ id: String(i), analyzed: analyze(text, { language: 'en' }), published: null }));
  const keyed = specificKeys(docs[0]!.analyzed);
  for (const doc of docs) cache.set(doc, packAnalysis(doc.analyzed));
  const again = (await cache.load(storeOf([]), '0'))!.analyzed;
  assert.notEqual(again, docs[0]!.analyzed, 'unpacked anew');
  assert.equal(knownSpecificKeys(again), keyed);
  assert.ok(keyed.has('Velsen'), [...keyed].join());
});

test('the names and numbers of a document kept packed are read without unpacking it', async () => {
  const reads: string[] = [];
  const cache = new AnalyzedCache(1, 2);
  const doc = { id: '0', analyzed: analyze(TEXTS[0]!, { language: 'en' }), published: null };
  const keyed = specificKeys(doc.analyzed);
  cache.set(doc, packAnalysis(doc.analyzed));
  assert.equal(await cache.specifics(storeOf(reads), '0'), keyed, 'the very set kept beside the packed form');
  assert.deepEqual([...(await cache.specifics(storeOf(reads), '1'))!], [...specificKeys(analyze(TEXTS[1]!, { language: 'en' }))], 'one not kept is read and analysed');
  assert.deepEqual(reads, ['1']);
  assert.equal(await cache.specifics(storeOf(reads), 'missing'), null);
});
