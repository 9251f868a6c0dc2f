/**
 * @module server/test-support/browser
 * Headless Chromium for browser tests and screenshots: the binary shipped inside the
 * `@sparticuz/chromium` npm package (unpacked to /tmp on first use), driven by playwright-core.
 * Nothing is downloaded.
 */
import type { Browser } from 'playwright-core';
import { skipReason } from '../../core/test-support/required-services.js';

/**
 * The package's flags suit AWS Lambda; three of them would change what is being tested:
 * `--disable-web-security` turns off the same-origin policy (and so weakens the XSS check),
 * `--single-process` makes closing a page end the whole browser, and
 * `--allow-running-insecure-content` relaxes mixed-content rules.
 */
const UNWANTED = new Set(['--disable-web-security', '--single-process', '--allow-running-insecure-content']);

/** The browser, or the reason it could not start (for a test's `skip`; thrown where services are required). */
export async function launchBrowser(): Promise<Browser | string> {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const { chromium: playwright } = await import('playwright-core');
    const executablePath = await chromium.executablePath();
    const args = [...chromium.args.filter((a) => !UNWANTED.has(a)), '--no-sandbox'];
    return await playwright.launch({ executablePath, args, headless: true });
  } catch (error) {
    return skipReason(`headless Chromium could not start: ${(error as Error).message.split('\n')[0]}`);
  }
}
