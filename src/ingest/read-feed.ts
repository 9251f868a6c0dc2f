/**
 * @module ingest/read-feed
 * RSS 2.0, RSS 1.0 (RDF) and Atom files saved to disk: each item with content (content:encoded,
 * Atom content, description or summary) is one document. Id: the item's guid/id, else its link,
 * else `<relpath>#<n>`; outlet: the channel title. Feeds are read whole (they are small; the
 * per-document limit applies to the file) and DTD entity declarations are refused outright. A feed
 * that is not well-formed is read item by item (see feed-items): a broken item is a problem, the
 * others are kept. A non-feed `.xml` met in a folder walk is ignored like any other foreign file.
 */
import { readFile, stat } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NewstraceError } from '../core/errors.js';
import { decodeBytes, normaliseDate } from '../extract/index.js';
import { escapeBareAmpersands, splitFeed } from './feed-items.js';
import { isSafeId } from './ids.js';
import { problem, problemFrom } from './problem.js';
import { draftItem } from './record.js';
import type { Limits, SourceFile, SourceItem } from './types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Text of a node that may be a string, a number or `{ '#text': … }`. */
function text(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return null;
}

function link(item: Node): string | null {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const entry of links) {
    if (typeof entry === 'string') return entry.trim() || null;
    const node = entry as Node;
    if (!node['@_rel'] || node['@_rel'] === 'alternate') return text(node['@_href']) ?? text(node);
  }
  return null;
}

/**
 * An item that could not be read, kept in its place so later items keep their numbers. The key
 * starts with `#`, which no XML element name can, so no parsed item looks like one.
 */
interface MalformedItem {
  readonly '#malformed': string;
}

interface Feed {
  readonly outlet: string | null;
  readonly items: readonly (Node | MalformedItem)[];
}

const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});

function feedOf(document: Node): Feed | null {
  if ('rss' in document) {
    const channel = asNode(asNode(document.rss).channel);
    return { outlet: text(channel.title), items: (channel.item as Node[] | undefined) ?? [] };
  }
  if ('feed' in document) {
    const atom = asNode(document.feed);
    return { outlet: text(atom.title), items: (atom.entry as Node[] | undefined) ?? [] };
  }
  if ('rdf:RDF' in document) {
    const rdf = asNode(document['rdf:RDF']);
    return { outlet: text(asNode(rdf.channel).title), items: (rdf.item as Node[] | undefined) ?? [] };
  }
  return null;
}

/** One `<item>`/`<entry>` element, parsed on its own. */
function itemNode(xml: string): Node {
  const parsed = parser.parse(xml) as Node;
  return asNode(((parsed.item ?? parsed.entry) as Node[] | undefined)?.[0]);
}

/** A feed that is not well-formed, read item by item; `fault` is what the whole-file check found. */
function recoverFeed(xml: string, fault: string): Feed {
  const parts = splitFeed(xml);
  if (parts.items.length === 0) throw new NewstraceError('invalid_record', `not well-formed XML (${fault})`);
  // The channel only gives the outlet and the feed kind: read it without validation.
  const feed = feedOf(parser.parse(escapeBareAmpersands(parts.channel)) as Node);
  if (!feed) throw new NewstraceError('unsupported_format', 'XML file is neither an RSS nor an Atom feed');
  return { outlet: feed.outlet, items: parts.items.map((item) => ('xml' in item ? itemNode(item.xml) : { '#malformed': item.malformed })) };
}

function itemId(item: Node, url: string | null, fallback: string): string {
  const declared = text(item.guid) ?? text(item.id) ?? url;
  return declared && isSafeId(declared) ? declared : fallback;
}

async function parseFeed(source: SourceFile, limits: Limits): Promise<Feed> {
  const { size } = await stat(source.file);
  if (size > limits.maxBytes) throw new NewstraceError('input_too_large', `feed of ${size} bytes exceeds the ${limits.maxBytes}-byte limit`);
  const xml = decodeBytes(await readFile(source.file), source.display);
  // Entity declarations are how XML bombs expand; news feeds never need them.
  if (/<!ENTITY/i.test(xml)) throw new NewstraceError('invalid_record', 'feed declares XML entities (refused: entity expansion attack)');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return recoverFeed(xml, `${valid.err.msg}, line ${valid.err.line}`);
  const feed = feedOf(parser.parse(xml) as Node);
  if (!feed) throw new NewstraceError('unsupported_format', 'XML file is neither an RSS nor an Atom feed');
  return feed;
}

export async function* readFeed(source: SourceFile, limits: Limits): AsyncGenerator<SourceItem> {
  let feed: Feed;
  try {
    feed = await parseFeed(source, limits);
  } catch (error) {
    // Folders hold many XML files that are not feeds (annotations, sitemaps): those are not inputs.
    const foreignXml = source.inFolder && /\.xml$/i.test(source.file) && (error as { code?: string }).code === 'unsupported_format';
    if (!foreignXml) yield problemFrom(source.display, error);
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const n = index + 1;
    if ('#malformed' in item) {
      yield problem(source.display, 'invalid_record', `feed item skipped: ${item['#malformed']}`, n);
      continue;
    }
    const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    if (!body) {
      yield problem(source.display, 'empty_input', 'feed item has no content, description or summary', n);
      continue;
    }
    try {
      const url = link(item);
      const isHtml = /<[a-z][^>]*>/i.test(body);
      yield draftItem(source, {
        id: itemId(item, url, `${source.relPath}#${n}`),
        url,
        outlet: feed.outlet,
        published: normaliseDate(text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated)),
        input: { content: body, options: { format: isHtml ? 'html' : 'text', url }, title: text(item.title) },
        at: n,
      });
    } catch (error) {
      yield problemFrom(source.display, error, n);
    }
  }
}
