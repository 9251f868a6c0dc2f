/**
 * @module web/read-file
 * A dropped or opened file as text, decoded as the CLI decodes files (src/extract/decode.ts): a BOM
 * names UTF-8 or UTF-16, else UTF-8 when the bytes are valid UTF-8, else Windows-1252, the usual
 * encoding of old saved pages. `File.text()` would read every file as UTF-8 and turn the accented
 * letters and curly quotes of a Windows-1252 page into replacement characters.
 */

function encodingOf(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export async function readTextFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}
