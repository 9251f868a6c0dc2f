import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml } from './render-html.js';
import { sampleReport } from './test-support/sample-report.js';

const XSS = '<img src=x onerror=alert(1)>';

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The visible text of the element with `data-side="key"`. */
function sideText(html: string, key: 's' | 'd'): string {
  const match = html.match(new RegExp(`<div class="text" data-side="${key}"[^>]*>([\\s\\S]*?)</div>`));
  assert.ok(match, `no text block for ${key}`);
  return unescape(match[1].replace(/<[^>]+>/g, ''));
}

test('titles, texts, labels and notes are escaped: markup in the inputs renders as text', () => {
  const base = sampleReport();
  const report = {
    ...base,
    source: { ...base.source, title: XSS, label: `"><script>alert(2)</script>`, text: `${XSS} ${base.source.text}` },
    derivative: { ...base.derivative, byline: '<b>bold</b>' },
    verdict: { ...base.verdict, explanation: `because ${XSS}` },
    facts: base.facts.map((f) => ({ ...f, note: `${f.note} ${XSS}` })),
  };
  const html = renderHtml(report);
  assert.ok(!html.includes('<img'), 'raw <img> tag in the page');
  assert.ok(!html.includes('<script>alert'), 'raw script from a label');
  assert.ok(!html.includes('<b>bold'), 'raw markup from a byline');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the report script');
  assert.ok(sideText(html, 's').startsWith(XSS));
});

test('the page is self-contained: no external resource of any kind', () => {
  const html = renderHtml(sampleReport());
  assert.doesNotMatch(html, /<link\b|\bsrc=|https?:\/\/|@import|url\(/i);
  assert.match(html, /<style>[\s\S]+<\/style>/);
  assert.match(html, /Content-Security-Policy/);
});

test('both cleaned texts survive the markup unchanged', () => {
  const report = sampleReport();
  const html = renderHtml(report);
  assert.equal(sideText(html, 's'), report.source.text);
  assert.equal(sideText(html, 'd'), report.derivative.text);
});

test('aligned passages carry ids on both sides; added and dropped only on theirs', () => {
  const html = renderHtml(sampleReport());
  for (const id of ['s-p0', 'd-p0', 's-p1', 'd-p1', 's-p2', 's-p3', 'd-p4']) assert.match(html, new RegExp(`id="${id}"`));
  assert.doesNotMatch(html, /id="d-p2"|id="s-p4"/);
  assert.match(html, /class="pass k-copied" data-p="1" id="s-p1" tabindex="0"/);
  assert.match(html, /class="pass k-dropped" data-p="2" id="s-p2" title/);
});

test('every fact link points at a mark that exists, in the right text', () => {
  const html = renderHtml(sampleReport());
  // The top differences link to the same marks as the full list.
  const links = [...new Set([...html.matchAll(/href="#([sd]-f\d+)"/g)].map((m) => m[1]))];
  assert.equal(links.length, 9);
  for (const id of links) assert.match(html, new RegExp(`<mark class="fact st-\\w+" data-f="\\d+" id="${id}">`));
  assert.match(html, /<mark class="fact st-changed" data-f="0" id="s-f0">\$412 million<\/mark>/);
  assert.match(html, /<mark class="fact st-unsupported" data-f="5" id="d-f5">30,000 riders<\/mark>/);
});

test('facts without spans are found through their context', () => {
  const base = sampleReport();
  const report = { ...base, facts: base.facts.map((f) => ({ ...f, sourceSpan: null, derivativeSpan: null })) };
  assert.match(renderHtml(report), /<mark class="fact st-dropped" data-f="4" id="s-f4">March 2027<\/mark>/);
});

test('the verdict, explanation, scores and legend head the page', () => {
  const html = renderHtml(sampleReport());
  const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
  assert.match(header, /class="relation r-light-rewrite">light rewrite</);
  assert.match(header, /keeps the quote/);
  assert.match(header, /<dd>62%<\/dd>[\s\S]*<dd>71%<\/dd>[\s\S]*<dd>0\.48<\/dd>/);
  assert.match(header, /k-added"><\/span>added \(1\)/);
});

test('passages are drawn without the blank lines at their edges, and a headline already in the text is not repeated', () => {
  const base = sampleReport();
  const text = `${base.source.title}\n\n${base.source.text}`;
  const first = base.passages[0];
  const report = {
    ...base,
    source: { ...base.source, text },
    passages: [{ ...first, source: { start: 0, end: base.source.title!.length + 2 + first.source!.end + 2 } }],
    facts: [],
  };
  const html = renderHtml(report);
  assert.match(html, /id="s-p0" tabindex="0" title="[^"]*">Council approves riverside tram line\n\nThe Brackenford[^<]*reported\.<\/span>\n\nMayor/);
  assert.doesNotMatch(html, /<p class="title"><strong>Council approves/);
  assert.match(html, /<p class="title"><strong>Riverside tram gets the green light/);
});

test('the fact audit leads with the top differences, each linking into the texts', () => {
  const html = renderHtml(sampleReport());
  const top = html.indexOf('Top differences');
  assert.ok(top > 0 && top < html.indexOf('All findings'), 'top list before the full list');
  assert.match(html.slice(top, html.indexOf('All findings')), /<a href="#s-f\d+"[^>]*>\$412 million<\/a>/);
});
