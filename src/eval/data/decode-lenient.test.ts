import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeLenient } from './decode-lenient.js';

test('invalid UTF-8 falls back to Windows-1252 including its 0x80-0x9F punctuation', () => {
  assert.equal(decodeLenient(Uint8Array.of(0x64, 0x6f, 0x6e, 0x92, 0x74, 0x20, 0x93, 0x78, 0x94, 0x85, 0xe9)), 'don\u2019t \u201cx\u201d\u2026\u00e9');
});

test('valid UTF-8 is decoded as UTF-8', () => {
  assert.equal(decodeLenient(new TextEncoder().encode('caf\u00e9 \u2014 ok')), 'caf\u00e9 \u2014 ok');
});
