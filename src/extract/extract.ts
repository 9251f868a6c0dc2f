/**
 * @module extract/extract
 * One decoded document to `Extracted`: decide text or HTML, pull the article out of HTML, then the
 * same plain-text cleaning for both. A page title is kept as the first paragraph of the text, like
 * a plain-text headline, so alignment sees it on both kinds of input.
 */
import { NewstraceError } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { cleanText } from './clean-text.js';
import { extractHtml } from './html.js';

export interface ExtractOptions {
  readonly format?: 'auto' | 'text' | 'html';
  readonly url?: string | null;
  /** Names the input in errors; its extension is a format hint. */
  readonly path?: string;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAG = /<\/?(?:p|div|br|span|a|article|section|main|h[1-6]|li|ul|ol|table|script|style|meta|title|body|head)\b[^<>]*>/gi;
/** This many tags in the first 64 KiB make a text without a doctype HTML. */
const MIN_HTML_TAGS = 4;

export function detectFormat(content: string, path?: string): 'text' | 'html' {
  if (path && /\.(?:x?html?|xht)$/i.test(path)) return 'html';
  if (HTML_START.test(content)) return 'html';
  const head = content.slice(0, 65536);
  return (head.match(HTML_TAG)?.length ?? 0) >= MIN_HTML_TAGS ? 'html' : 'text';
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Keep the title as the first paragraph unless the body already opens with it. */
export function prependTitle(title: string | null, text: string): string {
  if (!title) return text;
  if (comparable(text.split('\n\n', 1)[0]) === comparable(title)) return text;
  return text === '' ? title : `${title}\n\n${text}`;
}

/**
 * @example extract('"Headline"\nBody text goes on here.').title // 'Headline'
 */
export function extract(content: string, options: ExtractOptions = {}): Extracted {
  const format = !options.format || options.format === 'auto' ? detectFormat(content, options.path) : options.format;
  let extracted: Extracted;
  if (format === 'html') {
    const { body, ...metadata } = extractHtml(content);
    const cleaned = cleanText(body, { detectHeadline: false });
    const text = cleaned.text === '' ? '' : prependTitle(metadata.title, cleaned.text);
    extracted = { format, ...metadata, url: options.url ?? null, text };
  } else {
    const cleaned = cleanText(content);
    extracted = {
      format, title: cleaned.title, byline: null, published: null, declaredLanguage: null, siteName: null,
      url: options.url ?? null, text: cleaned.text,
    };
  }
  if (extracted.text.trim() === '') {
    throw new NewstraceError('empty_input', `no article text left after extracting the ${format} input`, { path: options.path });
  }
  return extracted;
}
