/**
 * @module scripts/diagnose-aggregator-stories
 * `node --import tsx scripts/diagnose-aggregator-stories.ts [--articles N] [--per-page K]`: how
 * aggregator pages bend stories. From the BBC texts in ../shared it builds N articles, a teaser of
 * each (title and lead paragraph, as a feed item carries) and pages of K teasers each (a front
 * page), ingests them in three orders through the real path and prints the story clustering against
 * gold (an article and its teaser are one story; a page is a story of its own) with the clusters
 * that mix articles. A teaser is a copy of part of its article and of part of a page alike, and a
 * reuse link joins a story outright, so the order decides which story a teaser lands in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clusterDocuments } from '../src/eval/clustering.js';
import { bCubedF1, pairwiseF1 } from '../src/eval/metrics/clustering.js';
import { BBC } from './corpus-synth.js';

interface Doc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly outlet: string;
  readonly gold: string;
}

const { values } = parseArgs({ options: { articles: { type: 'string', default: '60' }, 'per-page': { type: 'string', default: '10' } } });
if (!existsSync(BBC)) {
  process.stderr.write(`diagnose-aggregator-stories: ${BBC} not found; nothing to build the pages from\n`);
  process.exit(2);
}
const rows = readFileSync(BBC, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { doc_id: string; title: string; text: string });
const n = Math.min(rows.length, Number(values.articles));
const perPage = Math.max(1, Number(values['per-page']));
// Spread over the file, so every desk (business, sport, tech...) is in the sample.
const picked = Array.from({ length: n }, (_, i) => rows[i * Math.floor(rows.length / n)]!);
const lead = (text: string) => text.split('\n\n')[0]!;
const articles: Doc[] = picked.map((a) => ({ id: `a:${a.doc_id}`, title: a.title, text: a.text, outlet: 'BBC News', gold: a.doc_id }));
const teasers: Doc[] = picked.map((a) => ({ id: `t:${a.doc_id}`, title: a.title, text: lead(a.text), outlet: 'Feed', gold: a.doc_id }));
const pages: Doc[] = [];
for (let p = 0; p * perPage < n; p++) {
  const items = picked.slice(p * perPage, (p + 1) * perPage);
  pages.push({ id: `p:${p}`, title: `Latest headlines ${p}`, outlet: 'Aggregator', gold: `page:${p}`, text: items.map((a) => `${a.title}\n\n${lead(a.text)}`).join('\n\n') });
}
const orders: Record<string, Doc[]> = {
  'pages first': [...pages, ...teasers, ...articles],
  'teasers first': [...teasers, ...pages, ...articles],
  'pages last': [...articles, ...teasers, ...pages],
};
const fmt = (x: number) => x.toFixed(3);
for (const [order, docs] of Object.entries(orders)) {
  const { clusters } = await clusterDocuments(docs);
  const storyOf = new Map(clusters.flatMap((c) => c.documents.map((id) => [id, c.id] as const)));
  const goldOf = new Map(docs.map((d) => [d.id, d.gold]));
  const gold = docs.map((d) => d.gold);
  const predicted = docs.map((d) => storyOf.get(d.id) ?? `single:${d.id}`);
  const pair = pairwiseF1(gold, predicted);
  const b3 = bCubedF1(gold, predicted);
  // A page's own gold is not an article: a cluster of one article, its teaser and a page is not mixed.
  const mixed = clusters.filter((c) => new Set(c.documents.map((id) => goldOf.get(id)).filter((g) => !g!.startsWith('page:'))).size > 1);
  process.stdout.write(`${order}: pairwise P ${fmt(pair.precision)} R ${fmt(pair.recall)}; B3 P ${fmt(b3.precision)} R ${fmt(b3.recall)}; ${clusters.length} clusters, ${mixed.length} with more than one article\n`);
  for (const c of mixed.slice(0, 3)) process.stdout.write(`  ${c.documents.length} documents: ${c.members.slice(0, 4).map((m) => `${m.id} (${m.why})`).join('; ')}\n`);
}
