/**
 * @module extract/html
 * HTML pages: metadata from the head, the article body from `@mozilla/readability` over a `linkedom`
 * document (no script ever runs: linkedom has no script engine), and the whole body minus page chrome
 * when readability finds no article.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { type HtmlMetadata, plainTitle, readMetadata } from './html-metadata.js';
import { PAGE_CHROME, htmlToText } from './html-text.js';

// Note: the DOM and readability are loaded on the first HTML input only (their CommonJS builds, so
// extraction stays synchronous); plain-text runs, most CLI calls, never pay their start-up time.
const require = createRequire(import.meta.url);
let dom: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } | null = null;

function loadDom(): NonNullable<typeof dom> {
  dom ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
  };
  return dom;
}

export interface HtmlArticle extends HtmlMetadata {
  /** Body text with blank lines between blocks, before plain-text cleaning. */
  readonly body: string;
}

/** Pages with more elements than this skip readability (its scoring passes get slow) for the body fallback. */
const MAX_READABILITY_ELEMENTS = 100_000;

function readabilityBody(document: Document): { title: string | null; byline: string | null; body: string } | null {
  try {
    const parsed = new (loadDom().Readability)(document, { serializer: (node: Node) => node, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
    if (!parsed?.content) return null;
    const body = htmlToText(parsed.content as unknown as Node);
    if (body === '') return null;
    return { title: plainTitle(parsed.title), byline: parsed.byline?.trim() || null, body };
  } catch {
    // Readability gives up on some malformed trees and on huge pages; the body fallback still yields the text.
    return null;
  }
}

/** linkedom only builds a body for whole documents, so fragments (feed items, JSONL html) get one. */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Parse a page; `parseHTML` never throws on broken markup, it repairs it like a browser would. */
export function extractHtml(input: string): HtmlArticle {
  const html = asDocument(input);
  const { parseHTML } = loadDom();
  const { document } = parseHTML(html);
  // Metadata first: readability rewrites the tree it parses (it drops scripts, JSON-LD included).
  const metadata = readMetadata(document);
  const article = readabilityBody(document);
  if (article) {
    return { ...metadata, title: article.title ?? metadata.title, byline: article.byline ?? metadata.byline, body: article.body };
  }
  const { document: fresh } = parseHTML(html);
  const root = (fresh.body ?? fresh.documentElement) as Node | null;
  return { ...metadata, body: root ? htmlToText(root, PAGE_CHROME) : '' };
}
