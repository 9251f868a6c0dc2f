import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../store/store.js';
import { analyze } from '../text/index.js';
import { AnalyzedCache } from './analyzed-cache.js';
import { knownSpecificKeys, specificKeys } from './story-link.js';
import { packAnalysis } from './prepared-wire.js';
import { ANALYSIS_FORMAT, encodeAnalysis } from '../text/analysis-codec.js';

const TEXTS = [
  'Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said.',
  'About 1,200 of the 1,450 members took part; 71.5% backed the deal.',
  '"It is not everything we asked for," said spokeswoman Ines de Vries.',
  'Die Gewerkschaft will die Einigung am Freitag unterschreiben.',
];

/** A store that serves only getAnalysis, counting the reads; documents in `analysed` come with the analysis given. */
function storeOf(reads: string[], analysed: Record<string, Uint8Array> = {}): Store {
  return {
    async getAnalysis(id: string) {
      reads.push(id);
      const text = TEXTS[Number(id)];
      return text === undefined ? null : { text, language: 'en', published: null, analysis: analysed[id] ?? null };
    },
  } as unknown as Store;
}

test('a cached document comes back unpacked anew, the same, without reading the store', async () => {
  const reads: string[] = [];
  const cache = new AnalyzedCache(3);
  const docs = TEXTS.slice(0, 3).map((text, i) => ({ id: String(i), analyzed: analyze(text, { language: 'en' }), published: i === 0 ? '2024-01-02' : null }));
  for (const [i, doc] of docs.entries()) cache.set(doc, i === 1 ? undefined : packAnalysis(doc.analyzed));
  const loaded = await cache.load(storeOf(reads), '2');
  assert.deepEqual(loaded, docs[2]);
  assert.notEqual(loaded!.analyzed, docs[2]!.analyzed, 'not held unpacked, even as the newest');
  assert.deepEqual(await cache.load(storeOf(reads), '0'), docs[0]);
  assert.deepEqual(await cache.load(storeOf(reads), '1'), docs[1], 'packed here when given unpacked');
  assert.deepEqual(reads, []);
});

test('a document past the cache is read with its stored analysis, and analysed again only when stored without one', async () => {
  const reads: string[] = [];
  const cache = new AnalyzedCache(1);
  for (const [i, text] of TEXTS.entries()) cache.set({ id: String(i), analyzed: analyze(text, { language: 'en' }), published: null });
  // Stored with the analysis of its first clause only: what comes back is what was stored, not a new analysis.
  const stored = encodeAnalysis(analyze(TEXTS[0]!.slice(0, 36), { language: 'en' }));
  const loaded = await cache.load(storeOf(reads, { 0: stored }), '0');
  assert.deepEqual(reads, ['0']);
  assert.deepEqual(loaded?.analyzed, { ...analyze(TEXTS[0]!.slice(0, 36), { language: 'en' }), text: TEXTS[0] });
  assert.deepEqual((await cache.load(storeOf(reads), '1'))?.analyzed, analyze(TEXTS[1]!, { language: 'en' }));
  assert.deepEqual(reads, ['0', '1']);
  assert.equal(await cache.load(storeOf(reads), 'missing'), null);
});

test('a stored analysis of another format is analysed again', async () => {
  const old = encodeAnalysis(analyze(TEXTS[2]!, { language: 'en' }));
  old[0] = ANALYSIS_FORMAT + 1;
  const loaded = await new AnalyzedCache(1).load(storeOf([], { 2: old }), '2');
  assert.deepEqual(loaded?.analyzed, analyze(TEXTS[2]!, { language: 'en' }));
});

test('a document unpacked again keeps the names and numbers keyed for it, rather than counting them again', async () => {
  const cache = new AnalyzedCache(2);
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
  const cache = new AnalyzedCache(2);
  const doc = { id: '0', analyzed: analyze(TEXTS[0]!, { language: 'en' }), published: null };
  const keyed = specificKeys(doc.analyzed);
  cache.set(doc, packAnalysis(doc.analyzed));
  assert.equal(await cache.specifics(storeOf(reads), '0'), keyed, 'the very set kept beside the packed form');
  assert.deepEqual([...(await cache.specifics(storeOf(reads), '1'))!], [...specificKeys(analyze(TEXTS[1]!, { language: 'en' }))], 'one not kept is read and analysed');
  assert.deepEqual(reads, ['1']);
  assert.equal(await cache.specifics(storeOf(reads), 'missing'), null);
});
