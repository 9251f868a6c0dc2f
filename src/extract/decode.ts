/**
 * @module extract/decode
 * Bytes to text: BOM-declared UTF-8/UTF-16, else UTF-8 when valid, else Windows-1252 (the usual
 * encoding of old scraped pages that are not UTF-8). Binary and empty inputs are refused here, so
 * later stages only ever see text.
 */
import { NewstraceError } from '../core/errors.js';

/** Bytes sniffed for control characters; enough to tell text from a binary header. */
const SNIFF_BYTES = 8192;
/** Share of C0 control characters (other than tab/newlines/form feed) above which input is binary. */
const MAX_CONTROL_SHARE = 0.02;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // ASCII-heavy UTF-16 has a zero in nearly every other byte; binary formats do not.
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * The one rule for "this is binary, not text", for files (through `decodeBytes`) and for the text
 * fields of API requests alike: a NUL anywhere (no text has one, and PostgreSQL cannot store one),
 * or too many control characters at the start.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/**
 * Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro...). Node's 'windows-1252' TextDecoder
 * decodes them as Latin-1 C1 controls, so they are mapped here; undefined bytes stay as they are.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return decodeWith('latin1', bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeWith(utf16, bytes);
  try {
    return decodeWith('utf-8', bytes, true);
  } catch {
    return mostlyUtf8(bytes) ?? decodeWindows1252(bytes);
  }
}

/**
 * UTF-8 with a few broken bytes (a truncated character, one bad paste) stays UTF-8, with U+FFFD
 * where bytes were bad: re-reading all of it as Windows-1252 would garble every accented letter.
 */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = decodeWith('utf-8', bytes);
  let bad = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) multibyte++;
  }
  return multibyte >= 4 * bad ? text : null;
}

/**
 * Decode one document. Throws `binary_input` for binary data and `empty_input` when nothing but
 * whitespace is left.
 * @example decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // 'café' (Windows-1252 fallback)
 */
export function decodeBytes(bytes: Uint8Array, path?: string): string {
  const text = decodeText(bytes);
  // A stray BOM survives when a UTF-16 decoder was chosen by sniffing or the BOM was doubled.
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksBinary(clean)) {
    throw new NewstraceError('binary_input', 'binary data, not a text or HTML document', { path });
  }
  if (clean.trim() === '') throw new NewstraceError('empty_input', 'the document is empty', { path });
  return clean;
}
