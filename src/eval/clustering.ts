/**
 * @module eval/clustering
 * Story clustering of corpus mode on real news, through the real path: documents are ingested into
 * a temporary SQLite index and `clusters()` is read back. Nothing is fitted on the scored data.
 * - ECB+: pairwise and B³ F1 against `cluster_id`, BBC articles mixed in as unrelated background
 *   (scored as items that should stay singletons); the two events of one topic must not merge.
 * - NewsWCL50: one event across five outlets.
 * - Churnalism (no gold): the wire stories found and how many publishers reprinted each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extracted } from '../core/types.js';
import { clusters, ingest, type Cluster } from '../corpus/index.js';
import type { SourceItem } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { locateDataset } from './data/locate.js';
import { bCubedF1, pairwiseF1 } from './metrics/index.js';
import type { EvalContext, EvalResult, EvalSuite } from './suite.js';

interface NewsDoc {
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

/** Clusters of `docs` as corpus mode finds them, via a throw-away SQLite index. */
export async function clusterDocuments(docs: readonly NewsDoc[]): Promise<{ clusters: Cluster[]; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-eval-'));
  const store = await openSqliteStore(join(dir, 'eval.db'));
  try {
    const summary = await ingest(store, asItems(docs), { batchSize: 500 });
    return { clusters: (await clusters(store, { minSize: 2 })).clusters, seconds: summary.seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One predicted label per id: its cluster, or itself when it joined none. */
function labels(ids: readonly string[], found: readonly Cluster[]): string[] {
  const of = new Map<string, string>();
  for (const c of found) for (const d of c.documents) of.set(d, c.id);
  return ids.map((id) => of.get(id) ?? `single:${id}`);
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function scored(name: string, ids: string[], gold: string[], found: Cluster[], seconds: number, notes: string[], extra: Record<string, number> = {}): EvalResult {
  const predicted = labels(ids, found);
  const pairwise = pairwiseF1(gold, predicted);
  const b3 = bCubedF1(gold, predicted);
  return {
    name,
    metrics: { pairwiseF1: round(pairwise.f1), pairwiseP: round(pairwise.precision), pairwiseR: round(pairwise.recall), bCubedF1: round(b3.f1), bCubedP: round(b3.precision), bCubedR: round(b3.recall), ...extra, ingestSeconds: round(seconds) },
    notes,
  };
}

export const ecbplusClusteringSuite: EvalSuite = {
  name: 'ecbplus-story-clusters',
  async run(context: EvalContext): Promise<EvalResult | null> {
    const ecb = locateDataset(context, 'ecbplus-event-clusters/ecbplus_docs.jsonl');
    const bbc = locateDataset(context, 'bbc-news-2225/bbc_news_2225.jsonl');
    if (!ecb || !bbc) return null;
    let events = readJsonl<{ doc_id: string; topic: number; cluster_id: string; text: string }>(ecb);
    let background = readJsonl<{ doc_id: string; title: string; text: string }>(bbc);
    if (context.quick) {
      events = events.filter((d) => d.topic <= 5);
      background = background.filter((_, i) => i % 10 === 0);
    }
    const docs: NewsDoc[] = [...events.map((d) => ({ id: `ecb:${d.doc_id}`, text: d.text })), ...background.map((d) => ({ id: `bbc:${d.doc_id}`, title: d.title, text: d.text }))];
    const { clusters: found, seconds } = await clusterDocuments(docs);
    const ids = docs.map((d) => d.id);
    const gold = [...events.map((d) => d.cluster_id), ...background.map((d) => `bbc:${d.doc_id}`)];
    // Hard negatives: the two events of one topic put into one predicted cluster.
    const topicOf = new Map(events.map((d) => [`ecb:${d.doc_id}`, d]));
    const merged = found.filter((c) => new Set(c.documents.map((id) => topicOf.get(id)).filter(Boolean).map((d) => d!.cluster_id)).size > 1).length;
    return scored('ecbplus-story-clusters', ids, gold, found, seconds, [
      `${events.length} ECB+ documents (${new Set(events.map((d) => d.cluster_id)).size} events) + ${background.length} BBC articles as unrelated background (gold: singletons)`,
      'clusters = connected components of verified edges (derived-from and same-story) of corpus mode; no parameter fitted on this data',
      'BBC exact-duplicate groups count as false merges here (their gold is singletons)',
    ], { mergedClusters: merged, clusters: found.length });
  },
};

export const newswclClusteringSuite: EvalSuite = {
  name: 'newswcl50-story-clusters',
  async run(context: EvalContext): Promise<EvalResult | null> {
    const file = locateDataset(context, 'newswcl50-multioutlet/newswcl50_docs.jsonl');
    if (!file) return null;
    const rows = readJsonl<{ doc_id: string; cluster_id: string; outlet: string; text: string }>(file);
    const docs = rows.map((d) => ({ id: d.doc_id, text: d.text, outlet: d.outlet }));
    const { clusters: found, seconds } = await clusterDocuments(docs);
    return scored('newswcl50-story-clusters', docs.map((d) => d.id), rows.map((d) => d.cluster_id), found, seconds, [
      '50 articles: 10 events x 5 US outlets; clusters from corpus mode, nothing fitted',
    ]);
  },
};

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
    const { clusters: found, seconds } = await clusterDocuments(docs);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const wireStories = reprintGroups(found)
      .map((ids) => {
        const dated = [...ids].sort((a, b) => (byId.get(a)!.published ?? '').localeCompare(byId.get(b)!.published ?? ''));
        return { first: dated[0]!, title: byId.get(dated[0]!)?.title ?? null, publishers: new Set(ids.map((id) => byId.get(id)!.publisher)).size, documents: ids.length };
      })
      .filter((s) => s.documents >= 3)
      .sort((a, b) => b.publishers - a.publishers || b.documents - a.documents);
    const wire = docs.filter((d) => d.wire);
    const inCluster = new Set(found.flatMap((c) => c.documents));
    context.log(`wire stories: ${wireStories.slice(0, 10).map((s) => `${s.publishers} publishers: ${s.title}`).join(' | ')}`);
    return {
      name: 'churnalism-wire-stories',
      metrics: {
        wireStories: wireStories.length,
        largestReprintPublishers: wireStories[0]?.publishers ?? 0,
        wireBylineClusteredShare: round(wire.filter((d) => inCluster.has(d.id)).length / Math.max(1, wire.length)),
        ingestSeconds: round(seconds),
      },
      notes: [
        `${docs.length} scraped articles (${sets.join(', ')}); no gold: a wire story = >= 3 documents joined by copy or light-rewrite edges (first = earliest scrape time)`,
        'wireBylineClusteredShare: share of articles with an AP/Reuters byline in the first 600 characters that joined any cluster (weak label)',
      ],
      details: { wireStories },
    };
  },
};
