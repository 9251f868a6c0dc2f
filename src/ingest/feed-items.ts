/**
 * @module ingest/feed-items
 * Per-item recovery for feeds that are not well-formed XML, as feed readers recover: one item with a
 * bare `&` or a broken tag must not cost the other items. The file is cut into its `<item>` /
 * `<entry>` elements (outside CDATA and comments) and the rest, the channel; each part is checked
 * on its own. Bare ampersands, the commonest fault of hand-made feeds, are read as the literal `&`
 * they mean; an item still malformed after that is reported and skipped. A whole-file parse cannot
 * do this: it refuses the file, or, without validation, nests every later item inside the broken one.
 */
import { XMLValidator } from 'fast-xml-parser';

/** One item element as cut from the file, or why it could not be read. */
export type ItemXml = { readonly xml: string } | { readonly malformed: string };

export interface FeedParts {
  /** The file without its items: root element and channel metadata. */
  readonly channel: string;
  readonly items: readonly ItemXml[];
}

const TOKENS = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)(item|entry)(?=[\s>/])[^>]*>/g;
const BARE_AMPERSAND = /&(?![A-Za-z][\w.-]*;|#\d+;|#x[\dA-Fa-f]+;)/g;
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/** `xml` with each `&` that starts no entity reference escaped; CDATA sections are left as they are. */
export function escapeBareAmpersands(xml: string): string {
  return xml.split(CDATA).map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;'))).join('');
}

/**
 * `xml` as it can be parsed, or why not: the validator's first complaint, at its line in the file
 * (`firstLine` is the line the fragment starts on).
 */
export function wellFormed(xml: string, firstLine = 1): ItemXml {
  let result = XMLValidator.validate(xml);
  if (result === true) return { xml };
  const escaped = escapeBareAmpersands(xml);
  if (escaped !== xml) {
    result = XMLValidator.validate(escaped);
    if (result === true) return { xml: escaped };
  }
  return { malformed: `not well-formed XML (${result.err.msg}, line ${firstLine + result.err.line - 1})` };
}

/** The item elements of a feed and what surrounds them. An item left open ends where the next begins. */
export function splitFeed(xml: string): FeedParts {
  const spans: [number, number][] = [];
  let open: { start: number; tag: string } | null = null;
  for (const token of xml.matchAll(TOKENS)) {
    const [text, closing, tag] = token;
    if (!tag) continue;
    const at = token.index!;
    if (!closing && !text.endsWith('/>')) {
      if (open) spans.push([open.start, at]);
      open = { start: at, tag };
    } else if (closing && open?.tag === tag) {
      spans.push([open.start, at + text.length]);
      open = null;
    }
  }
  if (open) spans.push([open.start, xml.length]);
  let channel = '';
  let last = 0;
  for (const [start, end] of spans) {
    channel += xml.slice(last, start);
    last = end;
  }
  channel += xml.slice(last);
  // Spans come in file order, so lines are counted once over the file, not once per item.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = xml.indexOf('\n', counted); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  return { channel, items: spans.map(([start, end]) => wellFormed(xml.slice(start, end), lineAt(start))) };
}
