/**
 * The web UI in real headless Chromium (playwright-core + the @sparticuz/chromium binary), against
 * the real server over a temporary SQLite index. One browser for the whole file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CompareReportSchema, type CompareReport } from '../report/compare-report.js';
import { renderHtml } from '../report/render-html.js';
import { startServer, type RunningServer } from './start-server.js';
import { repoRoot } from './static-files.js';
import { launchBrowser } from './test-support/browser.js';
import { XSS_TITLE, storyArticles, tempDir } from './test-support/fixtures.js';

const GOLD = path.resolve(repoRoot, '../shared/seeds/audit-gold.json');
const tmp = tempDir('newstrace-web');
let server: RunningServer;
let browser: Browser | null = null;
let skip: string | false = false;

before(async () => {
  const launched = await launchBrowser();
  if (typeof launched === 'string') {
    skip = launched;
    return;
  }
  browser = launched;
  server = await startServer({ port: 0, db: tmp.db });
  const res = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(storyArticles()),
  });
  assert.equal(res.status, 200, await res.text());
  // Two reports of one event whose records give only a period, as the BBC data set does.
  const undated = [
    { id: 'period/one', title: 'Port Selby ferry crews strike over pay', outlet: 'Harbour Times', period: '2004-2005', text: 'Ferry crews at Port Selby walked out over pay, stranding 2,000 passengers. The Selby Seafarers Union said talks with Northline Ferries had failed. Northline chief Dana Whitcombe called the strike unnecessary.' },
    { id: 'period/two', title: 'Selby strike strands ferry passengers', outlet: 'Coast Courier', period: '2004-2005', text: 'About 2,000 passengers were stranded at Port Selby as ferry crews struck. Dana Whitcombe of Northline Ferries said the Selby Seafarers Union had walked away from the pay talks.' },
  ];
  const more = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(undated) });
  assert.equal(more.status, 200, await more.text());
});

after(async () => {
  await browser?.close();
  await server?.close();
  tmp.remove();
});

/** A page that fails the test on any script error or dialog (an XSS payload firing would open one). */
async function openPage(route: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${server.url}/${route}`);
  return { page, problems };
}

const low = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[’‘]/g, "'");

type ReportFact = CompareReport['facts'][number];
const sideS = (f: ReportFact) => `${f.source ?? ''} ${f.sourceContext ?? ''}`;
const sideD = (f: ReportFact) => `${f.derivative ?? ''} ${f.derivativeContext ?? ''}`;

/** Where the UI must show a gold item: a fact button, or else an added/dropped passage (as the shared checker counts them). */
function goldTargets(report: CompareReport, gold: { changed: { keys: string[] }[]; unsupported: { key?: string; terms: string[] }[]; dropped: { key?: string; terms: string[] }[] }) {
  const factIndex = (status: string, match: (f: ReportFact) => boolean) => report.facts.findIndex((f) => f.status === status && match(f));
  const passageIndex = (kind: 'added' | 'dropped', key: string) =>
    report.passages.findIndex((p) => {
      const side = kind === 'added' ? p.derivative : p.source;
      const text = kind === 'added' ? report.derivative.text : report.source.text;
      return p.kind === kind && side !== null && low(text.slice(side.start, side.end)).includes(low(key));
    });
  const targets: { what: string; selector: string | null }[] = [];
  for (const g of gold.changed) {
    const i = factIndex('changed', (f) => low(sideS(f)).includes(low(g.keys[0])) && low(sideD(f)).includes(low(g.keys[1])));
    targets.push({ what: `changed ${g.keys.join(' -> ')}`, selector: i < 0 ? null : `[data-status="changed"] .fact-item[data-f="${i}"]` });
  }
  for (const [status, kind, items, side] of [['unsupported', 'added', gold.unsupported, sideD], ['dropped', 'dropped', gold.dropped, sideS]] as const) {
    for (const g of items) {
      const key = g.key ?? g.terms[0];
      const f = factIndex(status, (fact) => low(side(fact)).includes(low(key)));
      const p = f < 0 ? passageIndex(kind, key) : -1;
      const selector = f >= 0 ? `[data-status="${status}"] .fact-item[data-f="${f}"]` : p >= 0 ? `.pass.k-${kind}[data-p="${p}"]` : null;
      targets.push({ what: `${status} ${key}`, selector });
    }
  }
  return targets;
}

test('the compare page loads the seed example and shows passages, verdict and the gold facts', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage('#/compare');
  const response = page.waitForResponse((r) => r.url().endsWith('/api/compare'));
  await page.focus('#load-example');
  await page.keyboard.press('Enter');
  const report = (await (await response).json()) as CompareReport;
  await page.waitForSelector('.verdict');

  assert.equal(await page.textContent('[data-testid="relation"]'), report.verdict.relation);
  assert.ok((await page.textContent('.explanation'))!.length > 20);
  const shown = await page.$$eval('.textbox .pass', (els) => els.length);
  assert.ok(shown >= report.passages.filter((p) => p.source || p.derivative).length, `${shown} passage elements`);

  // Hovering a derivative passage highlights its partner in the source.
  const linked = report.passages.findIndex((p) => p.source && p.derivative);
  await page.hover(`[data-side="d"] .pass[data-p="${linked}"]`);
  assert.equal(await page.$eval(`[data-side="s"] .pass[data-p="${linked}"]`, (el) => el.classList.contains('linked')), true);
  // By keyboard: Enter on a passage moves focus to its partner on the other side.
  await page.focus(`[data-side="d"] .pass[data-p="${linked}"]`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.textbox')?.getAttribute('data-side')), 's');

  if (existsSync(GOLD)) {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    assert.ok(gold.relation.includes(report.verdict.relation), `relation ${report.verdict.relation}`);
    const targets = goldTargets(report, gold);
    const missing = targets.filter((x) => x.selector === null).map((x) => x.what);
    assert.deepEqual(missing, [], 'gold items the report does not contain');
    for (const target of targets) assert.ok(await page.isVisible(target.selector!), `${target.what} is not shown (${target.selector})`);
  } else {
    t.diagnostic(`gold file absent (${GOLD}): checked the bundled example without gold items`);
  }

  // The fact list leads with the top differences the server chose, in its order.
  const top = await page.$$eval('.fact-group.top .fact-item', (els) => els.map((el) => el.getAttribute('data-f')));
  assert.deepEqual(top, (report.top ?? []).map(String));
  assert.ok(top.length > 0 && top.length <= 10, `${top.length} top differences`);

  // Choosing a changed fact scrolls both texts to it.
  const changed = report.facts.findIndex((f) => f.status === 'changed');
  if (changed >= 0) {
    await page.click(`.fact-item[data-f="${changed}"]`);
    for (const side of ['s', 'd']) {
      const inView = await page.$eval(`#${side}-f${changed}`, (mark) => {
        const box = mark.closest('.textbox')!.getBoundingClientRect();
        const r = mark.getBoundingClientRect();
        return mark.classList.contains('current') && r.top >= box.top && r.bottom <= box.bottom;
      });
      assert.ok(inView, `fact ${changed} not scrolled into view on side ${side}`);
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the web UI draws the same marked text as the --html report, from the one shared module', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage('#/compare');
  const response = page.waitForResponse((r) => r.url().endsWith('/api/compare'));
  await page.click('#load-example');
  const report = CompareReportSchema.parse(await (await response).json());
  await page.waitForSelector('.textbox .marked');
  const reportPage = await browser!.newPage();
  await reportPage.setContent(renderHtml(report));
  // Both serialised by the same browser, so equal markup means equal elements, attributes and text.
  for (const side of ['s', 'd']) {
    const ui = await page.$eval(`.textbox[data-side="${side}"] .marked`, (el) => el.innerHTML);
    const html = await reportPage.$eval(`.text[data-side="${side}"]`, (el) => el.innerHTML);
    assert.ok(ui.includes('class="pass k-'), `no passages drawn on side ${side}`);
    assert.equal(ui, html, `side ${side}`);
  }
  assert.deepEqual(problems, []);
  await Promise.all([page.close(), reportPage.close()]);
});

test('opened files are decoded as the CLI decodes them: UTF-8, UTF-16 by BOM, else Windows-1252', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage('#/compare');
  const text = 'Café owner Jürgen Müller said “the rent doubled” – €1,200 a month.';
  const files: [string, Buffer][] = [
    ['cp1252.txt', Buffer.from(text.replace('“', '\x93').replace('”', '\x94').replace('–', '\x96').replace('€', '\x80'), 'latin1')],
    ['utf8.txt', Buffer.from(text, 'utf8')],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ];
  for (const [name, buffer] of files) {
    await page.setInputFiles('#source-file', { name, mimeType: 'text/plain', buffer });
    await page.waitForFunction((expected) => (document.querySelector('#source-text') as HTMLTextAreaElement).value === expected, text, { timeout: 5000 });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a document page shows an ingested article with its trace', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage(`#/doc/${encodeURIComponent('lindenport/original')}`);
  await page.waitForSelector('.doc-title');
  assert.equal(await page.textContent('.doc-title'), 'Lindenport council approves $1.2 billion tram line');
  assert.match((await page.textContent('.doc-text'))!, /Helena Marquardt/);
  assert.match((await page.textContent('.meta'))!, /Lindenport Herald/);
  const traced = await page.$$eval('.trace li a:first-child', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(traced.includes(`#/doc/${encodeURIComponent('wire/copy')}`), traced.join(', '));
  // Its Compare link opens the pair on the Compare page.
  await page.click('.trace a.button-link');
  await page.waitForSelector('.verdict');
  assert.equal(await page.inputValue('#source-text').then((v) => v.includes('Helena Marquardt')), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an article titled with markup shows as text and runs nothing', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage(`#/doc/${encodeURIComponent('probe/xss')}`, 390);
  await page.waitForSelector('.doc-title');
  assert.equal(await page.textContent('.doc-title'), XSS_TITLE);
  assert.equal(await page.$$eval('main img', (imgs) => imgs.length), 0);
  assert.equal(await page.$$eval('main a[href^="javascript:"]', (as) => as.length), 0);
  await page.goto(`${server.url}/#/library?q=${encodeURIComponent('comment field')}`);
  await page.waitForSelector('.hits, .results p');
  assert.equal(await page.$$eval('main img', (imgs) => imgs.length), 0);
  await page.waitForTimeout(100);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the stories page draws each story as a laid-out graph with readable titles, outlets, dates, relations and why', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems } = await openPage('#/stories');
  await page.waitForSelector('.story .graph .node');
  const story = page.locator('.story').filter({ hasText: 'Lindenport council approves' });
  assert.match((await story.locator('.why').textContent())!, /^Why together: 3 reports naming .*Lindenport/);
  const titles = await story.locator('.node-title').allTextContents();
  assert.ok(titles.some((x) => x.startsWith('Lindenport council approves')), titles.join(' | '));
  assert.ok(titles.every((x) => x.replace('…', '').length >= 8), `titles cut short: ${titles.join(' | ')}`);
  const metas = await story.locator('.node-meta').allTextContents();
  assert.ok(metas.includes('Lindenport Herald · 2026-03-10'), metas.join(' | '));
  const relations = await story.locator('.edge-label').allTextContents();
  assert.ok(relations.length >= 1 && relations.every((r) => ['copy', 'light-rewrite', 'heavy-rewrite'].includes(r)), relations.join(', '));
  // Laid out, not a row of dots: the boxes do not overlap and the graph has more than one rank.
  const boxes = await story.locator('.node rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'nodes overlap');
  assert.ok(new Set(boxes.map((b) => Math.round(b.top))).size >= 2, 'all nodes on one row');
  assert.equal(await story.locator('.timeline-list li').count(), 3);
  // Records that give only a period show it, not "undated".
  const ferry = page.locator('.story').filter({ hasText: 'Port Selby ferry crews strike' });
  assert.deepEqual(await ferry.locator('.timeline-list time').allTextContents(), ['2004-2005', '2004-2005']);
  assert.ok((await ferry.locator('.node-meta').allTextContents()).every((m) => m.endsWith('· 2004-2005')));
  assert.deepEqual(problems, []);
  await page.close();
});
