import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { STORY, collect, documents, problems, storyPage, withTempDir } from './test-support/fixtures.js';

async function warcRecord(
  type: 'response' | 'request' | 'warcinfo', url: string, body: string | Uint8Array, contentType = 'text/html; charset=utf-8', extraHeaders: Record<string, string> = {},
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url, type, date: '2024-03-05T09:30:00Z', warcVersion: 'WARC/1.1',
      ...(type === 'response' ? { httpHeaders: { 'Content-Type': contentType, ...extraHeaders }, statusline: 'HTTP/1.1 200 OK' } : {}),
    },
    (function* () { yield typeof body === 'string' ? new TextEncoder().encode(body) : body; })(),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

async function crawl(): Promise<Buffer> {
  return Buffer.concat([
    await warcRecord('warcinfo', 'urn:info', 'software: test'),
    await warcRecord('response', 'https://city.example/a', storyPage('Budget passes')),
    await warcRecord('response', 'https://city.example/logo.png', 'PNG', 'image/png'),
    await warcRecord('response', 'https://city.example/b', storyPage('Schools get money', '<meta property="article:published_time" content="2024-03-01">')),
  ]);
}

test('reads HTML response records of a .warc.gz with url, WARC-Date fallback and record ids', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'crawl.warc.gz'), await crawl());
    const items = await collect([dir]);
    assert.deepEqual(problems(items), []);
    const docs = documents(items);
    assert.deepEqual(docs.map((r) => [r.id, r.url, r.published]), [
      ['corpus/crawl.warc.gz#1', 'https://city.example/a', '2024-03-05T09:30:00Z'],
      ['corpus/crawl.warc.gz#2', 'https://city.example/b', '2024-03-01'],
    ]);
    assert.equal(docs[0].extracted.text, `Budget passes\n\n${STORY}\n\n${STORY}`);
    assert.equal(docs[0].origin, `${join(dir, 'crawl.warc.gz')}#1`);
  });
});

test('a truncated .warc.gz yields the records before the break, then a problem', async () => {
  await withTempDir(async (dir) => {
    const whole = await crawl();
    await writeFile(join(dir, 'cut.warc.gz'), whole.subarray(0, whole.length - 40));
    const items = await collect([dir]);
    assert.deepEqual(documents(items).map((r) => r.id), ['corpus/cut.warc.gz#1']);
    assert.equal(problems(items).length, 1);
    assert.equal(problems(items)[0].path, join(dir, 'cut.warc.gz'));
  });
});

test('a gzip bomb stops at the decompressed-size limit with compressed_too_large', async () => {
  await withTempDir(async (dir) => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\n'), Buffer.alloc(8 * 1024 * 1024)]));
    await writeFile(join(dir, 'bomb.warc.gz'), bomb);
    const started = Date.now();
    const items = await collect([dir], { maxFileBytes: 1024 * 1024 });
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(items.map((i) => i.kind === 'problem' && i.code), ['compressed_too_large']);
  });
});

/** A crawl whose first record breaks a per-record limit: it is a problem, the second record is read. */
async function assertFirstRecordRefused(name: string, first: Uint8Array, maxBytes: number, code: string): Promise<void> {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, name), Buffer.concat([first, await warcRecord('response', 'https://x.example/ok', storyPage('Fine'))]));
    const items = await collect([dir], { maxBytes });
    assert.deepEqual(problems(items).map((p) => [p.line, p.code]), [[1, code]]);
    assert.deepEqual(documents(items).map((r) => r.id), [`corpus/${name}#2`]);
  });
}

test('an HTTP Content-Encoding bomb inside a small record stops at the per-record limit', async () => {
  const bomb = gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(5_000_000, 0x61), Buffer.from('</p></body></html>')]));
  const record = await warcRecord('response', 'https://x.example/bomb', bomb, 'text/html', { 'Content-Encoding': 'gzip' });
  await assertFirstRecordRefused('encoded.warc.gz', record, 100_000, 'compressed_too_large');
});

test('a record over the per-record limit is skipped with a problem and the next one is read', async () => {
  const big = storyPage('Huge page').replace('</article>', `<p>${'Filler sentence here. '.repeat(2000)}</p></article>`);
  await assertFirstRecordRefused('mixed.warc.gz', await warcRecord('response', 'https://x.example/big', big), 10_000, 'input_too_large');
});

test('an uncompressed .warc works and a file that is not WARC is a problem', async () => {
  await withTempDir(async (dir) => {
    const { gunzipSync } = await import('node:zlib');
    await writeFile(join(dir, 'a.warc'), gunzipSync(await crawl()));
    await writeFile(join(dir, 'b.warc'), 'just some text, not a crawl');
    const items = await collect([dir]);
    assert.deepEqual(documents(items).map((r) => r.id), ['corpus/a.warc#1', 'corpus/a.warc#2']);
    assert.deepEqual(problems(items).map((p) => [p.path, p.code]), [[join(dir, 'b.warc'), 'invalid_record']]);
  });
});
