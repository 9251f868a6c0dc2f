import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEED, anyText, newsText } from '../core/test-support/news-text.js';
import { ANALYSIS_FORMAT, decodeAnalysis, encodeAnalysis } from './analysis-codec.js';
import { analyze } from './analyze.js';

const TEXTS = [
  `Harbour workers in Velsen voted on Tuesday to end a nine-day strike, the union said.

About 1,200 of the 1,450 members took part; 71.5% backed the deal. "It is not everything we asked for," said spokeswoman Ines de Vries of the U.S.-style union.`,
  'Die Gewerkschaft will die Einigung am Freitag unterschreiben. Über 3.000 Beschäftigte sind betroffen.',
  'Профсоюз подпишет соглашение в пятницу. 東京都の知事は会見で述べた。ข่าวนี้รายงานเมื่อวันอังคาร',
  '',
];

test('an analysis read back from its bytes is the analysis of the text, in any script', () => {
  for (const text of TEXTS) {
    const analyzed = analyze(text);
    assert.deepEqual(decodeAnalysis(text, analyzed.language, encodeAnalysis(analyzed)), analyzed, text.slice(0, 30));
  }
});

test('any text round-trips through its encoded analysis', () => {
  fc.assert(fc.property(fc.oneof(anyText, newsText), (text) => {
    const analyzed = analyze(text);
    assert.deepEqual(decodeAnalysis(text, analyzed.language, encodeAnalysis(analyzed)), analyzed);
  }), { seed: SEED, numRuns: 200 });
});

test('the encoded analysis of a news text takes about ten bytes a word', () => {
  const analyzed = analyze(TEXTS[0]!);
  assert.ok(encodeAnalysis(analyzed).length < analyzed.tokens.length * 12, `${encodeAnalysis(analyzed).length} bytes for ${analyzed.tokens.length} tokens`);
});

test('bytes of another format read as no analysis, and bytes that do not fit the text are refused', () => {
  const analyzed = analyze(TEXTS[0]!);
  const bytes = encodeAnalysis(analyzed);
  const other = Uint8Array.from(bytes);
  other[0] = ANALYSIS_FORMAT + 1;
  assert.equal(decodeAnalysis(TEXTS[0]!, 'en', other), null);
  assert.throws(() => decodeAnalysis(TEXTS[0]!, 'en', bytes.subarray(0, bytes.length - 3)), /ends early|does not fit/);
  assert.throws(() => decodeAnalysis('Harbour workers.', 'en', bytes), /does not fit/);
});
