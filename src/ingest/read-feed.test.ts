import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { SEED } from '../core/test-support/news-text.js';
import { STORY, collect, documents, problems, withTempDir } from './test-support/fixtures.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>City Post</title><link>https://city.example/</link>
<item><title>Budget passes</title><link>https://city.example/budget</link><guid>city-123</guid>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>${STORY}</p><script>alert("LEAK")</script><p>Second paragraph of the story.</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://city.example/short</link><description>&lt;p&gt;${STORY}&lt;/p&gt;</description></item>
<item><title>Nothing here</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Desk</title>
<entry><title type="text">Schools get money</title><id>tag:wire.example,2024:1</id>
<link rel="alternate" href="https://wire.example/1"/><updated>2024-03-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;${STORY}&lt;/p&gt;</content></entry>
</feed>`;

test('reads RSS items with guid ids, channel outlet, dates and HTML content without scripts', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'city.rss'), RSS);
    const items = await collect([dir]);
    const docs = documents(items);
    assert.deepEqual(docs.map((r) => r.id), ['city-123', 'https://city.example/short']);
    assert.deepEqual([docs[0].outlet, docs[0].url, docs[0].published], ['City Post', 'https://city.example/budget', '2024-03-05T09:30:00.000Z']);
    assert.equal(docs[0].extracted.text, `Budget passes\n\n${STORY}\n\nSecond paragraph of the story.`);
    assert.equal(docs[1].extracted.text, `Only a summary\n\n${STORY}`);
    assert.deepEqual(problems(items).map((p) => [p.line, p.code]), [[3, 'empty_input']]);
  });
});

test('reads Atom entries', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'wire.atom'), ATOM);
    const [doc] = documents(await collect([dir]));
    assert.deepEqual([doc.id, doc.outlet, doc.url, doc.published, doc.extracted.title], ['tag:wire.example,2024:1', 'Wire Desk', 'https://wire.example/1', '2024-03-06T10:00:00Z', 'Schools get money']);
  });
});

test('refuses XML entity declarations, malformed XML and XML that is not a feed', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a-bomb.xml'), '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><description>&b;</description></item></channel></rss>');
    await writeFile(join(dir, 'b-broken.rss'), '<rss><channel><item><description>unclosed');
    await writeFile(join(dir, 'c-sitemap.xml'), '<urlset><url><loc>https://x.example/</loc></url></urlset>');
    const codes = problems(await collect([dir])).map((p) => p.code);
    assert.deepEqual(codes, ['invalid_record', 'invalid_record'], 'a non-feed .xml inside a folder is ignored');
    const named = problems(await collect([join(dir, 'c-sitemap.xml')]));
    assert.deepEqual(named.map((p) => p.code), ['unsupported_format'], 'a non-feed .xml named by the caller is a problem');
  });
});

const item = (n: number, body: string) => `<item><title>Story ${n}</title><guid>city-${n}</guid><description>${body}</description></item>`;

test('a feed with one bare & and one broken item keeps every other item; the broken one is reported and skipped', async () => {
  await withTempDir(async (dir) => {
    const bodies = [`${STORY} Tom & Jerry Ltd won the contract.`, STORY, `${STORY} <b>unclosed`, `<![CDATA[${STORY} AT&T & </item> in CDATA.]]>`, `${STORY} Fish &amp; chips &#38; more.`];
    await writeFile(join(dir, 'city.rss'), `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>City & Country Post</title>\n${bodies.map((b, i) => item(i + 1, b)).join('\n')}\n</channel></rss>`);
    const items = await collect([dir]);
    const docs = documents(items);
    assert.deepEqual(docs.map((r) => r.id), ['city-1', 'city-2', 'city-4', 'city-5']);
    assert.equal(docs[0].outlet, 'City & Country Post');
    assert.match(docs[0].extracted.text, /Tom & Jerry Ltd won/, 'a bare & is read as the & it means');
    assert.match(docs[2].extracted.text, /AT&T & <\/item> in CDATA\./, 'CDATA is kept as written');
    assert.match(docs[3].extracted.text, /Fish & chips & more\./);
    const [broken] = problems(items);
    assert.deepEqual([broken.path, broken.line, broken.code], [join(dir, 'city.rss'), 3, 'invalid_record']);
    assert.match(broken.reason, /^feed item skipped: not well-formed XML \(.*, line 5\)$/);
  });
});

test('an item left open does not swallow the items after it', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'wire.rss'), `<rss><channel><title>Wire</title>${item(1, STORY)}<item><title>cut</title><description>${STORY}${item(3, STORY)}</channel></rss>`);
    const items = await collect([dir]);
    assert.deepEqual(documents(items).map((r) => r.id), ['city-1', 'city-3']);
    assert.deepEqual(problems(items).map((p) => p.line), [2]);
  });
});

test('a broken Atom entry is skipped and the others kept', async () => {
  await withTempDir(async (dir) => {
    const entry = (n: number, body: string) => `<entry><id>tag:wire,${n}</id><content type="html">${body}</content></entry>`;
    await writeFile(join(dir, 'wire.atom'), `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>${entry(1, STORY)}${entry(2, `${STORY}</p>`)}${entry(3, STORY)}</feed>`);
    const items = await collect([dir]);
    assert.deepEqual(documents(items).map((r) => [r.id, r.outlet]), [['tag:wire,1', 'Wire'], ['tag:wire,3', 'Wire']]);
    assert.deepEqual(problems(items).map((p) => p.line), [2]);
  });
});

test('whatever one item breaks, every other item of the feed is kept and the broken one is kept or reported by number', async () => {
  const corruptions: readonly ((xml: string) => string)[] = [
    (xml) => xml.replace('</description>', ' & more</description>'),
    (xml) => xml.replace('</description>', ''),
    (xml) => xml.replace('<description>', '<description><b>'),
    (xml) => xml.replace('</item>', ''),
    (xml) => xml.replace('<title>', '<title><'),
  ];
  await withTempDir(async (dir) => {
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.nat(), fc.nat(corruptions.length - 1), async (count, at, how) => {
      const broken = (at % count) + 1;
      const items = Array.from({ length: count }, (_, i) => (i + 1 === broken ? corruptions[how]!(item(i + 1, STORY)) : item(i + 1, STORY)));
      const file = join(dir, `feed-${++run}.rss`);
      await writeFile(file, `<rss version="2.0"><channel><title>City</title>\n${items.join('\n')}\n</channel></rss>`);
      const read = await collect([file]);
      const kept = documents(read).map((r) => r.id);
      const others = Array.from({ length: count }, (_, i) => `city-${i + 1}`).filter((id) => id !== `city-${broken}`);
      assert.deepEqual(kept.filter((id) => id !== `city-${broken}`), others);
      assert.deepEqual(problems(read).map((p) => p.line), kept.includes(`city-${broken}`) ? [] : [broken]);
    }), { seed: SEED, numRuns: 60 });
  });
});
