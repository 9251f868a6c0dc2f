/**
 * @module extract/html-metadata
 * Article metadata a page declares: publication date (meta tags, JSON-LD, `<time>`), author,
 * site name and language. Declared values only; nothing is guessed from the text.
 */

export interface HtmlMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly declaredLanguage: string | null;
  readonly siteName: string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'date', 'pubdate',
  'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];

function meta(document: Document, names: readonly string[]): string | null {
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (content && names.includes(key)) return content;
  }
  return null;
}

/** `datePublished` anywhere in the page's JSON-LD (objects, arrays, `@graph`). */
function jsonLdDate(document: Document): string | null {
  const find = (value: unknown): string | null => {
    if (Array.isArray(value)) return value.map(find).find((d) => d) ?? null;
    if (!value || typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    return find(record['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const date = find(JSON.parse(script.textContent ?? ''));
      if (date) return date;
    } catch {
      // Malformed JSON-LD is common on real pages; the other date sources still apply.
    }
  }
  return null;
}

/** ISO 8601 form of a declared date, or null when it is not a date. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return trimmed.replace(' ', 'T');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Titles are plain text: markup inside one (an injection attempt) is dropped. */
export function plainTitle(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function readMetadata(document: Document): HtmlMetadata {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const published = normaliseDate(meta(document, PUBLISHED_META) ?? jsonLdDate(document) ?? time);
  return {
    title: plainTitle(meta(document, ['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent),
    byline: meta(document, ['author', 'article:author', 'byl', 'dc.creator']),
    published,
    declaredLanguage: document.documentElement?.getAttribute('lang')?.trim() || null,
    siteName: meta(document, ['og:site_name', 'application-name']),
  };
}
