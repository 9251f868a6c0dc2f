/**
 * `npm run screenshots`: PNGs of the three pages for the README, taken in headless Chromium from a
 * server over a temporary index filled with the example articles (and the seed pair when present).
 * Writes docs/screenshots/{compare,compare-mobile,library,stories}.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../src/server/start-server.js';
import { repoRoot } from '../src/server/static-files.js';
import { launchBrowser } from '../src/server/test-support/browser.js';
import { storyArticles, tempDir } from '../src/server/test-support/fixtures.js';

const OUT = path.join(repoRoot, 'docs/screenshots');
const SEEDS = path.resolve(repoRoot, '../shared/seeds');

function articles() {
  // The XSS probe belongs in tests, not in the README pictures.
  const list: Record<string, unknown>[] = storyArticles().filter((a) => a.id !== 'probe/xss');
  if (existsSync(SEEDS)) {
    list.push(
      { id: 'seeds/source-article', text: readFileSync(path.join(SEEDS, 'source-article.txt'), 'utf8'), published: '2023-02-05T12:00:00Z', outlet: 'Ukrainian outlet' },
      { id: 'seeds/rewrite', text: readFileSync(path.join(SEEDS, 'rewrite.txt'), 'utf8'), published: '2023-02-06T09:00:00Z', outlet: 'Rewrite farm' },
    );
  }
  return list;
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  if (typeof browser === 'string') throw new Error(browser);
  const tmp = tempDir('newstrace-shots');
  const server = await startServer({ port: 0, db: tmp.db });
  try {
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(articles()) });
    if (!res.ok) throw new Error(`ingest failed: ${await res.text()}`);
    mkdirSync(OUT, { recursive: true });
    /** `maxHeight` keeps long pages (the seed pair lists dozens of facts) to their first screens. */
    const shot = async (name: string, route: string, width: number, prepare?: (page: import('playwright-core').Page) => Promise<void>, maxHeight = 2000) => {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 }, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/${route}`);
      await page.waitForLoadState('networkidle');
      if (prepare) await prepare(page);
      const file = path.join(OUT, `${name}.png`);
      const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
      await page.close();
      console.log(`wrote ${path.relative(repoRoot, file)}`);
    };
    const loadExample = async (page: import('playwright-core').Page) => {
      await page.click('#load-example');
      await page.waitForSelector('.verdict');
      const first = page.locator('.fact-item').first();
      if (await first.count()) await first.click();
      await page.evaluate(() => window.scrollTo(0, 0));
    };
    await shot('compare', '#/compare', 1280, loadExample, 1900);
    await shot('compare-mobile', '#/compare', 390, loadExample, 2600);
    await shot('library', `#/doc/${encodeURIComponent('lindenport/original')}`, 1280);
    await shot('library-search', '#/library?q=tram', 1280);
    await shot('stories', '#/stories', 1280);
  } finally {
    await browser.close();
    await server.close();
    tmp.remove();
  }
}

await main();
