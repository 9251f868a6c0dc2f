/**
 * The `--html` report in real headless Chromium, opened from a file as a reader would: its script
 * and style run under a CSP that allows nothing inline but themselves, by hash.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { launchBrowser } from '../server/test-support/browser.js';
import { renderHtml } from './render-html.js';
import { sampleReport } from './test-support/sample-report.js';

test('the HTML report has no unsafe-inline in its CSP, and its hash-pinned script and style still run', async (t) => {
  const html = renderHtml(sampleReport());
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/);

  const browser = await launchBrowser();
  if (typeof browser === 'string') return t.skip(browser);
  const dir = mkdtempSync(path.join(tmpdir(), 'newstrace-report-'));
  t.after(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
  page.on('pageerror', (e) => refused.push(e.message));
  await page.goto(pathToFileURL(file).href);

  // The style sheet applied: copied passages have their colour.
  const background = await page.$eval('.pass.k-copied', (el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)');
  // The script ran: hovering a linked passage highlights its partner on the other side.
  const index = await page.$eval('[data-side="d"] .pass[tabindex="0"]', (el) => (el as HTMLElement).dataset.p);
  await page.hover(`[data-side="d"] .pass[data-p="${index}"]`);
  assert.equal(await page.$eval(`[data-side="s"] .pass[data-p="${index}"]`, (el) => el.classList.contains('hl')), true);
  // An inline script that is not the pinned one is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  assert.equal(ran, false);
  assert.ok(refused.every((m) => /Content Security Policy/.test(m)), refused.join('\n'));
});
