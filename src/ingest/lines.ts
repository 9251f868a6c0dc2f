/**
 * @module ingest/lines
 * Split a byte stream into lines without ever holding more than one line (bounded by `maxLineBytes`)
 * in memory; an over-long line is reported by number and skipped, not buffered.
 */

export type Line = { readonly number: number; readonly text: string } | { readonly number: number; readonly text: null; readonly bytes: number };

export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const text = oversize ? '' : Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    // A UTF-8 BOM on the first line would make it invalid JSON.
    const line: Line = oversize ? { number, text: null, bytes: size } : { number, text: number === 1 ? text.replace(/^\ufeff/, '') : text };
    parts = [];
    size = 0;
    oversize = false;
    return line;
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buffer.indexOf(0x0a); nl >= 0; nl = buffer.indexOf(0x0a)) {
      const piece = buffer.subarray(0, nl);
      size += piece.length;
      if (!oversize && size <= maxLineBytes) parts.push(piece);
      else oversize = true;
      yield finish();
      buffer = buffer.subarray(nl + 1);
    }
    size += buffer.length;
    if (size > maxLineBytes) {
      oversize = true;
      parts = [];
    } else if (buffer.length > 0) parts.push(Buffer.from(buffer));
  }
  if (size > 0 || parts.length > 0 || oversize) yield finish();
}
