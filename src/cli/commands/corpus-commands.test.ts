import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { main } from '../main.js';
import { captureIO } from '../test-support/capture-io.js';

const seeds = resolve(import.meta.dirname, '../../../../shared/seeds');
const noSeeds = existsSync(join(seeds, 'rewrite.txt')) ? false : 'no ../shared/seeds';

const TRAM = 'The city council approved a new tram line on Tuesday after a six-hour debate. The line will link the northern suburbs with the central station and open in 2027. Mayor Anna Keller said it would cost 240 million euros.';
const FLOOD = 'Heavy rain flooded the old town on Sunday night, and firefighters pumped water from dozens of cellars. The river rose two metres above its usual level before the dams held.';
const MARKET = 'The weekly farmers market moves to the harbour square in May. Stall holders welcomed the change, saying the new site has more parking and shade.';

let dir: string;
let db: string;

async function run(...argv: string[]) {
  const io = captureIO({ cwd: dir });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function warc(): Promise<Uint8Array> {
  const page = `<!DOCTYPE html><html lang="en"><head><title>Floods in the old town</title></head><body><article><h1>Floods in the old town</h1><p>${FLOOD}</p></article></body></html>`;
  const record = await WARCRecord.create(
    { url: 'https://news.example/floods', type: 'response', date: '2024-03-05T09:30:00Z', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
    (async function* () {
      yield new TextEncoder().encode(page);
    })(),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newstrace-corpus-'));
  db = join(dir, 'index.db');
  const input = join(dir, 'input');
  await import('node:fs/promises').then((fs) => fs.mkdir(join(input, 'pages'), { recursive: true }));
  await writeFile(join(input, 'pages', 'tram.html'), `<!DOCTYPE html><html lang="en"><head><title>Tram line approved</title><meta property="article:published_time" content="2024-05-01T08:00:00Z"></head><body><nav>Home</nav><article><h1>Tram line approved</h1><p>${TRAM}</p></article></body></html>`);
  await writeFile(join(input, 'wire.jsonl'), [
    JSON.stringify({ id: 'wire-1', title: 'Tram line approved', text: TRAM.replace('six-hour', 'long'), published: '2024-05-01T09:00:00Z', outlet: 'Wire' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'market', text: MARKET }),
  ].join('\n'));
  await writeFile(join(input, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>City</title><item><title>Market moves</title><link>https://city.example/market</link><description>${MARKET}</description></item></channel></rss>`);
  await writeFile(join(input, 'crawl.warc.gz'), await warc());
  await writeFile(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  await writeFile(join(input, 'cut.warc.gz'), gzipSync(Buffer.from('WARC/1.0\r\n')).subarray(0, 8));
});
after(() => rm(dir, { recursive: true, force: true }));

test('ingest reads every input kind into a SQLite file, names each skipped file and exits 3 for them', { skip: noSeeds }, async () => {
  const { code, out } = await run('ingest', 'input', seeds, '--db', db, '--json');
  assert.equal(code, 3, 'three inputs are broken; everything else is ingested');
  const summary = JSON.parse(out);
  assert.equal(summary.ingested, summary.read);
  assert.ok(summary.read >= 7, `read ${summary.read}`);
  const skipped = summary.problems.map((p: { path: string }) => p.path).join(' ');
  for (const bad of ['binary.txt', 'wire.jsonl', 'cut.warc.gz']) assert.match(skipped, new RegExp(bad.replace('.', '\\.')));
  const show = JSON.parse((await run('show', 'wire-1', '--db', db, '--json')).out);
  assert.equal(show.outlet, 'Wire');
  assert.equal((await run('show', 'input/pages/tram.html', '--db', db)).code, 0);
});

test('ingesting the same input again adds nothing', { skip: noSeeds }, async () => {
  const { code, out } = await run('ingest', 'input', seeds, '--db', db, '--json');
  assert.equal(code, 3, 'the broken inputs are still there');
  const summary = JSON.parse(out);
  assert.equal(summary.ingested, 0);
  assert.equal(summary.updated, 0);
  assert.equal(summary.unchanged, summary.read);
  assert.equal(summary.edges, 0);
});

test('trace finds seeds/source-article.txt as the source of the seed rewrite', { skip: noSeeds }, async () => {
  const { code, out } = await run('trace', 'seeds/rewrite.txt', '--db', db, '--json');
  assert.equal(code, 0);
  const result = JSON.parse(out);
  assert.equal(result.document.id, 'seeds/rewrite.txt');
  const first = result.related[0];
  assert.equal(first.id, 'seeds/source-article.txt');
  assert.equal(first.role, 'source');
  assert.ok(['heavy-rewrite', 'light-rewrite'].includes(first.relation));
  for (const key of ['path', 'url', 'outlet', 'published', 'score', 'sourceCoverage', 'derivativeCoverage']) assert.ok(key in first, key);
  const outside = JSON.parse((await run('trace', '--file', join(seeds, 'rewrite.txt'), '--db', db, '--json')).out);
  assert.equal(outside.related[0].id, 'seeds/source-article.txt');
});

test('another folder with the seed file names neither replaces nor hides the seeds; one of the same name is refused until --replace', { skip: noSeeds }, async () => {
  for (const where of ['lookalike', 'elsewhere/seeds']) {
    await mkdir(join(dir, where), { recursive: true });
    await writeFile(join(dir, where, 'rewrite.txt'), FLOOD);
    await writeFile(join(dir, where, 'source-article.txt'), MARKET);
  }
  const lookalike = await run('ingest', 'lookalike', '--db', db, '--json');
  assert.equal(lookalike.code, 0);
  const other = JSON.parse(lookalike.out);
  assert.deepEqual([other.ingested, other.updated, other.updates], [2, 0, []]);
  const refused = await run('ingest', 'elsewhere/seeds', '--db', db);
  assert.equal(refused.code, 3, 'nothing was read into the index');
  assert.match(refused.out, /0 new, 0 updated, 0 unchanged, 2 skipped/);
  assert.match(refused.out, /elsewhere\/seeds\/rewrite\.txt: id 'seeds\/rewrite\.txt' is stored from .*shared\/seeds\/rewrite\.txt with another text; skipped, not replaced \(--replace replaces it\)/);
  const traced = JSON.parse((await run('trace', 'seeds/rewrite.txt', '--db', db, '--json')).out);
  assert.equal(traced.related[0].id, 'seeds/source-article.txt', 'the README example still holds');

  const copy = join(dir, 'copy.db');
  await run('ingest', seeds, '--db', copy);
  const replaced = await run('ingest', 'elsewhere/seeds', '--db', copy, '--replace');
  assert.equal(replaced.code, 0);
  assert.match(replaced.out, /0 new, 2 updated/);
  assert.match(replaced.out, /updated:\n {2}seeds\/rewrite\.txt \(from .*elsewhere\/seeds\/rewrite\.txt\)\n {2}seeds\/source-article\.txt/);
});

test('the wire copy of the tram page is linked, dated, and clustered with its origin', { skip: noSeeds }, async () => {
  const { clusters } = JSON.parse((await run('clusters', '--db', db, '--json')).out);
  const tram = clusters.find((c: { documents: string[] }) => c.documents.includes('wire-1'));
  assert.ok(tram);
  assert.equal(tram.origin, 'input/pages/tram.html');
  assert.deepEqual(tram.edges.map((e: { from: string; to: string }) => [e.from, e.to]), [['input/pages/tram.html', 'wire-1']]);
  const dot = (await run('clusters', '--db', db, '--format', 'dot')).out;
  assert.match(dot, /"input\/pages\/tram.html" -> "wire-1"/);
});

test('ingest exits 3 when nothing could be read, and trace/show exit 3 on unknown ids', async () => {
  const { code, out } = await run('ingest', 'input/binary.txt', '--db', join(dir, 'empty.db'));
  assert.equal(code, 3);
  assert.match(out, /binary\.txt/);
  assert.equal((await run('trace', 'nope', '--db', db)).code, 3);
  assert.equal((await run('show', 'nope', '--db', db)).code, 3);
  assert.equal((await run('trace', '--db', db)).code, 2);
  assert.equal((await run('ingest', 'input', '--queue', '--replace', '--db', 'postgres://x/y')).code, 2, '--replace is not available with --queue');
});

test('show, trace and clusters on a missing index exit 3 with a clear message and create no file', async () => {
  const missing = join(dir, 'no-such-index.db');
  for (const argv of [['show', 'x'], ['trace', 'x'], ['clusters']]) {
    const { code, err } = await run(...argv, '--db', missing);
    assert.equal(code, 3, argv[0]);
    assert.match(err, /no-such-index\.db: no index here/, argv[0]);
    assert.equal(existsSync(missing), false, `${argv[0]} created ${missing}`);
  }
});
