import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { icuWords, words } from './words.js';

/** Letters of three scripts, digits, every joiner and breaker the pattern treats specially. */
const ALPHABET = [
  'a', 'Z', 'é', 'ß', 'ǅ', 'д', 'Ж', 'λ', 'Ω', '1', '9', '٣', "'", '\u2019', '\u2018', '.', ',', ';', ':', '-', '_', '‿', ' ', '\n',
  '\u00AD', '\u0301', '\u200D', '\u00B7', '(', '"', '!', '?', '%', '$', '&', '/', '#', '@', '½', '²', 'Ⅻ', '\uFF0E', '\u2024',
];

test('words finds the same word-like segments as ICU on any mix of Latin, Greek and Cyrillic text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
    assert.deepEqual(words(text, 'en'), icuWords(text, 'en'), JSON.stringify(text));
  }), { numRuns: 20_000, seed: 20261123 });
});

/** Code points of the scripts and symbol blocks news text draws on, with marks, spaces and emoji. */
const RANGES: [number, number][] = [
  [0x0a, 0x0d], [0x20, 0x7e], [0xa0, 0x36f], [0x370, 0x52f], [0x1e00, 0x1eff], [0x2000, 0x218f], [0x2190, 0x2bff],
  [0xa720, 0xa7ff], [0x1d400, 0x1d7ff], [0x1f300, 0x1f64f],
];

test('words finds the same word-like segments as ICU on random code points of those scripts', () => {
  const char = fc.constantFrom(...RANGES).chain(([min, max]) => fc.integer({ min, max })).map((n) => String.fromCodePoint(n));
  fc.assert(fc.property(fc.array(char, { maxLength: 24 }).map((chars) => chars.join('')), (text) => {
    assert.deepEqual(words(text, 'en'), icuWords(text, 'en'), [...text].map((c) => c.codePointAt(0)!.toString(16)).join(' '));
  }), { numRuns: 20_000, seed: 20261123 });
});

test('a combining letter after a digit belongs to the digit, so an apostrophe after it joins nothing', () => {
  assert.deepEqual(words("0\u0363'\u0400", 'en'), icuWords("0\u0363'\u0400", 'en'));
});

test('words keeps ICU\'s boundaries on news idioms', () => {
  const text = "U.S. officials said the $1,000.50 deal, signed on Jan. 5 in 2003's talks, wasn't rock'n'roll: CSI:NY's co\u00ADoperation, 3.5m, No.1, well-known.";
  assert.deepEqual(words(text, 'en'), icuWords(text, 'en'));
  assert.deepEqual(words(text, 'en').map((w) => w.segment).slice(0, 6), ['U.S', 'officials', 'said', 'the', '1,000.50', 'deal']);
});

test('text in other scripts is segmented by ICU (dictionaries for Thai and Chinese)', () => {
  for (const [text, language] of [['北京市政府周二宣布了新的地铁线路。', 'zh'], ['รัฐบาลประกาศเส้นทางรถไฟใหม่วันนี้', 'th'], ['הממשלה הודיעה על קו רכבת חדש', 'he']] as const) {
    assert.deepEqual(words(text, language), icuWords(text, language));
    assert.ok(words(text, language).length > 1, text);
  }
});

const MEANTIME = new URL('../../../shared/data/meantime-multilingual-parallel/meantime_docs.jsonl', import.meta.url);
const meantime = existsSync(MEANTIME);

test('words matches ICU on every MEANTIME document (en, es, it, nl)', { skip: meantime ? undefined : 'MEANTIME data not found in ../shared/data' }, () => {
  const lines = readFileSync(MEANTIME, 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const { text, lang } = JSON.parse(line) as { text: string; lang: string };
    assert.deepEqual(words(text, lang), icuWords(text, lang));
  }
});
