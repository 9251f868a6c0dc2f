/**
 * @module ingest/read-warc
 * WARC / WARC.gz crawls: each HTTP response (or resource) record holding HTML or text is one
 * document, id `<relpath>#<n>` (n counts document records, 1-based), url from WARC-Target-URI,
 * published from the page or else WARC-Date. Streamed with `warcio`; records over the size limit
 * are reported and skipped without being read.
 */
import { WARCParser, type WARCRecord } from 'warcio';
import { decodeBytes, normaliseDate } from '../extract/index.js';
import { boundedFileStream } from './bounded-stream.js';
import { problem, problemFrom } from './problem.js';
import { draftItem } from './record.js';
import type { Limits, SourceFile, SourceItem } from './types.js';

const DOCUMENT_TYPE = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

function isDocumentRecord(record: WARCRecord): boolean {
  if (record.warcType === 'resource') return DOCUMENT_TYPE.test(record.warcContentType ?? '');
  if (record.warcType !== 'response') return false;
  const status = Number(record.httpHeaders?.statusCode ?? 200);
  const type = record.httpHeaders?.headers.get('content-type') ?? 'text/html';
  return status >= 200 && status < 300 && DOCUMENT_TYPE.test(type);
}

/**
 * The record's decoded content, or null once it passes `maxBytes`. Errors here come from the file
 * stream itself (truncated or corrupt data): they end the file, since the parser cannot resume.
 */
async function readContent(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // contentReader undoes HTTP chunking and content-encoding, so this also bounds an encoded bomb.
  for await (const chunk of record.contentReader) {
    total += chunk.length;
    if (total > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function* readWarc(source: SourceFile, limits: Limits): AsyncGenerator<SourceItem> {
  const gzip = /\.gz$/i.test(source.file);
  const stream = boundedFileStream(source.file, { gzip, maxBytes: limits.maxFileBytes, magic: 'WARC/', path: source.display });
  let n = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      if (!isDocumentRecord(record)) continue;
      n++;
      if (record.warcContentLength > limits.maxBytes) {
        yield problem(source.display, 'input_too_large', `record of ${record.warcContentLength} bytes exceeds the ${limits.maxBytes}-byte limit`, n);
        continue;
      }
      const url = record.warcTargetURI ?? null;
      const bytes = await readContent(record, limits.maxBytes);
      if (bytes === null) {
        yield problem(source.display, 'compressed_too_large', `decoded record content exceeds the ${limits.maxBytes}-byte limit`, n);
        continue;
      }
      const where = url ? `${source.display} (${url})` : source.display;
      try {
        yield draftItem(source, {
          id: `${source.relPath}#${n}`,
          url,
          input: { content: decodeBytes(bytes), options: { url, format: 'auto' }, outletFromHost: true, fallbackPublished: normaliseDate(record.warcDate ?? null) },
          at: n,
          where,
        });
      } catch (error) {
        yield problemFrom(where, error, n);
      }
    }
  } catch (error) {
    yield problemFrom(source.display, error, n > 0 ? n + 1 : undefined);
  }
}
