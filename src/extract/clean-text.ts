/**
 * @module extract/clean-text
 * The plain-text cleaning every input goes through (plain files directly, HTML after readability):
 * compose Unicode (NFC), normalise whitespace, drop boilerplate, find the headline, rebuild paragraphs. Pure.
 */
import { removeBoilerplate } from './boilerplate.js';
import { findHeadline } from './headline.js';
import { buildParagraphs, detectWrapWidth } from './paragraphs.js';

export interface CleanedText {
  /** Headline found at the top of a plain text (quotes removed), else null. */
  readonly title: string | null;
  /** Paragraphs separated by exactly "\n\n"; the headline, when found, is the first paragraph. */
  readonly text: string;
}

export interface CleanTextOptions {
  /** Look for a headline in the first line (off for HTML, whose title comes from the page). */
  readonly detectHeadline?: boolean;
}

/** Unicode spaces and invisible characters that scrapers leave behind. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

function normaliseLines(raw: string): string[] {
  // NFC: the same words typed on another system (macOS file names and some editors write NFD) must
  // give the same tokens, facts and alignment; the cleaned text is what every offset refers to.
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
}

/**
 * @example cleanText('Read also:\n\n• Other story\n\nBody text here.').text // 'Body text here.'
 */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanedText {
  const lines = removeBoilerplate(normaliseLines(raw));
  const width = detectWrapWidth(lines);
  const headline = options.detectHeadline === false ? null : findHeadline(lines, width !== null);
  const body = headline ? lines.slice(headline.line + 1) : lines;
  const paragraphs = buildParagraphs(body, width);
  if (headline) paragraphs.unshift(lines[headline.line]);
  return { title: headline?.title ?? null, text: paragraphs.join('\n\n') };
}
