import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, extract } from './extract.js';

const PARAGRAPH = 'The city council approved the new budget on Tuesday after a long debate about school funding and road repairs. '.repeat(3).trim();

const PAGE = `<!DOCTYPE html>
<html lang="de-AT"><head>
<meta charset="utf-8"><title><img src=x onerror=alert(1)>Council approves budget | City Post</title>
<meta property="og:site_name" content="City Post"><meta name="author" content="Anna Berger">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-03-05T09:30:00+01:00"}]}</script>
<style>body { color: red } .secret-style {}</style>
<script>window.leak = "SCRIPT-LEAK";</script>
</head><body onload="alert('onload-leak')">
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1><img src=x onerror=alert(1)>Council approves budget</h1>
<p onclick="alert('click-leak')">${PARAGRAPH}</p>
<script>document.write("INLINE-LEAK")</script>
<iframe src="https://ads.example/frame">IFRAME-LEAK</iframe>
<p>Residents can read the full plan online. The mayor said more money will go to schools next year than ever before.</p>
</article></main>
<footer><p>© 2024 City Post. All rights reserved.</p></footer>
</body></html>`;

test('extracts article text and metadata from an HTML page without leaking scripts or chrome', () => {
  const result = extract(PAGE);
  assert.equal(result.format, 'html');
  assert.equal(result.title, 'Council approves budget');
  assert.equal(result.byline, 'Anna Berger');
  assert.equal(result.published, '2024-03-05T09:30:00+01:00');
  assert.equal(result.declaredLanguage, 'de-AT');
  assert.equal(result.siteName, 'City Post');
  assert.deepEqual(result.text.split('\n\n'), [
    'Council approves budget', PARAGRAPH,
    'Residents can read the full plan online. The mayor said more money will go to schools next year than ever before.',
  ]);
  for (const leak of ['LEAK', 'alert', 'onerror', 'cookies', 'color: red', 'Home', 'rights reserved']) {
    assert.ok(!result.text.includes(leak), `text contains ${leak}`);
  }
});

test('reads the publication date from meta tags or a <time> element', () => {
  const meta = `<html><head><meta property="article:published_time" content="2023-01-05"></head><body><p>${PARAGRAPH}</p></body></html>`;
  assert.equal(extract(meta).published, '2023-01-05');
  const time = `<html><body><article><time datetime="2022-11-30T08:00:00Z">Nov 30</time><p>${PARAGRAPH}</p></article></body></html>`;
  assert.equal(extract(time).published, '2022-11-30T08:00:00Z');
});

test('recovers the text of broken, unclosed HTML', () => {
  const broken = `<html><body><div><p>First unclosed paragraph of the story.<p>Second <b>bold claim about the vote<div>Third part`;
  const result = extract(broken);
  assert.match(result.text, /First unclosed paragraph of the story\./);
  assert.match(result.text, /Second bold claim about the vote/);
  assert.match(result.text, /Third part/);
});

test('an HTML page without any text is empty input', () => {
  assert.throws(() => extract('<html><body><script>x()</script></body></html>', { path: 'blank.html' }), { code: 'empty_input' });
});

test('detects HTML by markup or extension and leaves prose with angle brackets as text', () => {
  assert.equal(detectFormat('<!doctype html><p>x</p>'), 'html');
  assert.equal(detectFormat('plain', 'page.HTM'), 'html');
  assert.equal(detectFormat('Prices rose 3% while a < b and b > c held.'), 'text');
  assert.equal(extract('Prices rose 3% while a < b.', { format: 'text' }).format, 'text');
});
