/**
 * @module eval/clustering
 * Wire stories in corpus mode on real news, through the real path: documents are ingested into a
 * temporary SQLite index and `clusters()` is read back. Churnalism has no gold: the suite reports
 * the wire stories found and how many publishers reprinted each. (Story clustering against gold,
 * ECB+ and NewsWCL50, is eval/stories.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extracted } from '../core/types.js';
import { clusters, ingest, type Cluster } from '../corpus/index.js';
import type { SourceItem } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { STORY_POLICY } from '../stories/index.js';
import type { StoryWriter } from '../story-index/story-writer.js';
import { locateDataset } from './data/locate.js';
import type { EvalContext, EvalResult, EvalSuite } from './suite.js';

/** The story writer an ingest of the throw-away index uses, made for its store. */
export type StoryWriterFor = (store: Store) => StoryWriter;

export interface NewsDoc {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
}

async function* asItems(docs: readonly NewsDoc[]): AsyncGenerator<SourceItem> {
  for (const d of docs) {
    const extracted: Extracted = { format: 'text', title: d.title ?? null, byline: null, published: d.published ?? null, declaredLanguage: 'en', siteName: d.outlet ?? null, url: null, text: d.text };
    yield { kind: 'document', record: { id: d.id, path: null, url: null, outlet: d.outlet ?? null, published: d.published ?? null, extracted, origin: d.id } };
  }
}

/**
 * Clusters of `docs` as corpus mode finds them, via a throw-away SQLite index; `stories` assigns the
 * stories instead of the default writer (a fit records the batches it is handed).
 */
export async function clusterDocuments(docs: readonly NewsDoc[], stories?: StoryWriterFor): Promise<{ clusters: Cluster[]; seconds: number; apart: ReuseApart }> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-eval-'));
  const store = await openSqliteStore(join(dir, 'eval.db'));
  try {
    const summary = await ingest(store, asItems(docs), { batchSize: 500, stories: stories?.(store) });
    return { clusters: (await clusters(store, { minSize: 2, limit: docs.length })).clusters, seconds: summary.seconds, apart: await reuseApart(store, docs) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Retelling edges (copy or rewrite covering `share` of both texts) and how many join two stories. */
export interface ReuseApart {
  readonly retellings: number;
  readonly apart: number;
}

async function reuseApart(store: Store, docs: readonly NewsDoc[], share = STORY_POLICY.reuse.wholeShare): Promise<ReuseApart> {
  const storyOf = await store.stories.storiesOf(docs.map((d) => d.id));
  // The throw-away index holds only `docs`: all its edges are theirs.
  const retellings = (await store.allEdges()).filter((e) => RETELLING.has(e.relation) && Math.min(e.sourceCoverage, e.derivativeCoverage) >= share);
  return { retellings: retellings.length, apart: retellings.filter((e) => storyOf.get(e.from) !== storyOf.get(e.to)).length };
}

const RETELLING: ReadonlySet<string> = new Set(['copy', 'light-rewrite', 'heavy-rewrite']);

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Reprint groups: documents joined by copy or light-rewrite edges only. A story cluster also holds
 * heavy rewrites and same-story reports, and chains several wire stories of one event together.
 */
function reprintGroups(found: readonly Cluster[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const c of found) {
    for (const e of c.edges) {
      if (e.relation !== 'copy' && e.relation !== 'light-rewrite') continue;
      const [a, b] = [find(e.from), find(e.to)];
      parent.set(a, a);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) (groups.get(find(id)) ?? groups.set(find(id), []).get(find(id))!).push(id);
  return [...groups.values()];
}

/**
 * The title most members carry (the earliest on a tie): a scrape's first segment is often a page's
 * widget ("Sunday, Jul 15th 2018 5-Day Forecast"), and one member's says little of the group.
 */
function commonTitle(titles: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const t of titles) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | null = null;
  for (const [title, n] of counts) if (best === null || n > counts.get(best)!) best = title;
  return best;
}

/** Rows of a CSV with a header, RFC 4180 quoting. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

export const churnalismSuite: EvalSuite = {
  name: 'churnalism-wire-stories',
  async run(context: EvalContext): Promise<EvalResult | null> {
    const dir = locateDataset(context, 'churnalism-same-event-2018-19');
    if (!dir) return null;
    const sets = context.quick ? ['census', 'spotify'] : ['census', 'spotify', 'helsinki'];
    const docs: (NewsDoc & { publisher: string; wire: boolean })[] = [];
    for (const set of sets) {
      for (const r of parseCsv(readFileSync(join(dir, `${set}_articles.csv`), 'utf8'))) {
        const [title, ...paragraphs] = r.text!.split(' ### ');
        docs.push({ id: `${set}:${r.id}`, title, text: paragraphs.join('\n\n') || title!, outlet: r.publisher!, published: r.scrape_time!, publisher: r.publisher!, wire: /\b(Associated Press|By Reuters|\(AP\)|\(Reuters\))/i.test(r.text!.slice(0, 600)) });
      }
    }
    const { clusters: found, seconds, apart } = await clusterDocuments(docs);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const wireStories = reprintGroups(found)
      .map((ids) => {
        const dated = [...ids].sort((a, b) => (byId.get(a)!.published ?? '').localeCompare(byId.get(b)!.published ?? ''));
        return { first: dated[0]!, title: commonTitle(dated.map((id) => byId.get(id)!.title ?? null)), publishers: new Set(ids.map((id) => byId.get(id)!.publisher)).size, documents: ids.length };
      })
      .filter((s) => s.documents >= 3)
      .sort((a, b) => b.publishers - a.publishers || b.documents - a.documents);
    const wire = docs.filter((d) => d.wire);
    const inCluster = new Set(found.flatMap((c) => c.documents));
    // A story gathering a desk shows as one story of many outlets: the largest is the figure to watch.
    const [largest] = [...found].sort((a, b) => b.documents.length - a.documents.length);
    context.log(`wire stories: ${wireStories.slice(0, 10).map((s) => `${s.publishers} publishers: ${s.title}`).join(' | ')}`);
    return {
      name: 'churnalism-wire-stories',
      metrics: {
        wireStories: wireStories.length,
        largestReprintPublishers: wireStories[0]?.publishers ?? 0,
        wireBylineClusteredShare: round(wire.filter((d) => inCluster.has(d.id)).length / Math.max(1, wire.length)),
        largestStoryDocuments: largest?.documents.length ?? 0,
        largestStoryOutlets: new Set(largest?.documents.map((id) => byId.get(id)!.publisher)).size,
        retellingEdges: apart.retellings,
        retellingEdgesAcrossStories: apart.apart,
        ingestSeconds: round(seconds),
      },
      notes: [
        `${docs.length} scraped articles (${sets.join(', ')}); no gold: a wire story = >= 3 documents joined by copy or light-rewrite edges (first = earliest scrape time; title = the one most members carry)`,
        'wireBylineClusteredShare: share of articles with an AP/Reuters byline in the first 600 characters that joined any cluster (weak label)',
        'retellingEdgesAcrossStories: copy or rewrite edges covering the story policy\'s whole share of both texts whose two ends are in different stories (one story found twice)',
      ],
      details: { wireStories },
    };
  },
};
