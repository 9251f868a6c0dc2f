import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

test('decodes UTF-8 and strips its BOM', () => {
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('café “ok”')])), 'café “ok”');
});

test('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
  const bytes = new Uint8Array([...Buffer.from('caf', 'latin1'), 0xe9, 0x20, 0x93, ...Buffer.from('quoted', 'latin1'), 0x94]);
  assert.equal(decodeBytes(bytes), 'café “quoted”');
});

test('keeps UTF-8 with a stray bad byte as UTF-8 rather than garbling it as Windows-1252', () => {
  const bytes = Buffer.concat([Buffer.from('Zürich, Köln, São Paulo and Kraków '), Buffer.from([0xff]), Buffer.from(' agreed.')]);
  assert.equal(decodeBytes(bytes), 'Zürich, Köln, São Paulo and Kraków \ufffd agreed.');
});

test('decodes UTF-16 LE and BE by their BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich news', 'utf16le')]);
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.equal(decodeBytes(le), 'Zürich news');
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), 'Zürich news');
});

test('refuses binary data such as a PNG header, naming the path', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
  assert.throws(() => decodeBytes(png, 'image.txt'), (error: Error & { code?: string }) => error.code === 'binary_input' && error.message.includes('image.txt'));
});

test('refuses empty and whitespace-only input', () => {
  assert.equal(code(() => decodeBytes(new Uint8Array())), 'empty_input');
  assert.equal(code(() => decodeBytes(Buffer.from(' \n\t\r\n '))), 'empty_input');
  assert.equal(code(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]))), 'empty_input');
});

test('refuses a NUL anywhere, also past the sniffed start', () => {
  const late = Buffer.concat([Buffer.from('A plain sentence. '.repeat(1000)), Buffer.from([0]), Buffer.from(' More text.')]);
  assert.equal(code(() => decodeBytes(late)), 'binary_input');
});
