/**
 * @module eval/data/decode-lenient
 * Some corpora mix UTF-8 and Windows-1252 files: try strict UTF-8, fall back to Windows-1252, so no
 * byte is lost and offsets stay meaningful for UTF-8 files.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x92 -> U+0092 instead of U+2019), so
// the 0x80-0x9F block is mapped by hand; undefined bytes keep their C1 code point, as WHATWG says.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

export function decodeLenient(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}
