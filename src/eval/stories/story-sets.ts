/**
 * @module eval/stories/story-sets
 * The story-clustering sets as labelled documents in one stream order: ECB+ with the BBC articles
 * as background (gold: each BBC article alone, exact duplicates together), NewsWCL50 with the same background, and the BBC articles alone (no gold: read
 * for desk figures). Documents arrive interleaved by a hash of their id, as a feed would mix them.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { EvalContext } from '../suite.js';
import { locateDataset } from '../data/locate.js';

export interface LabelledDocument {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly outlet: string | null;
  readonly period: string | null;
  /** Gold story; null where the set has none. */
  readonly gold: string | null;
}

export interface StorySet {
  readonly name: string;
  readonly documents: readonly LabelledDocument[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

const streamOrder = (docs: LabelledDocument[]) =>
  docs.map((d) => [createHash('sha1').update(d.id).digest('hex'), d] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, d]) => d);

interface BbcRow { doc_id: string; title: string; text: string; outlet: string; period: string }

/**
 * The BBC articles as background: each its own story, except that the data set's exact duplicates
 * (one article filed twice) are one story, so keeping them together is not scored as an error.
 */
function bbc(context: EvalContext): LabelledDocument[] | null {
  const file = locateDataset(context, 'bbc-news-2225/bbc_news_2225.jsonl');
  const groups = bbcDuplicateGroups(context);
  if (!file || !groups) return null;
  const goldOf = new Map(groups.flatMap((g) => g.map((id) => [id, g[0]!] as const)));
  const rows = readJsonl<BbcRow>(file).filter((_, i) => !context.quick || i % 10 === 0);
  return rows.map((r) => {
    const id = `bbc:${r.doc_id}`;
    return { id, title: r.title, text: r.text, outlet: r.outlet, period: r.period, gold: goldOf.get(id) ?? id };
  });
}

export function ecbPlusSet(context: EvalContext): StorySet | null {
  const file = locateDataset(context, 'ecbplus-event-clusters/ecbplus_docs.jsonl');
  const background = bbc(context);
  if (!file || !background) return null;
  const rows = readJsonl<{ doc_id: string; topic: number; cluster_id: string; text: string }>(file).filter((d) => !context.quick || d.topic <= 5);
  const events = rows.map((r) => ({ id: `ecb:${r.doc_id}`, title: null, text: r.text, outlet: null, period: null, gold: r.cluster_id }));
  return { name: 'ecbplus+bbc', documents: streamOrder([...events, ...background]) };
}

export function newsWclSet(context: EvalContext): StorySet | null {
  const file = locateDataset(context, 'newswcl50-multioutlet/newswcl50_docs.jsonl');
  const background = bbc(context);
  if (!file || !background) return null;
  const rows = readJsonl<{ doc_id: string; cluster_id: string; outlet: string; text: string }>(file);
  const events = rows.map((r) => ({ id: `wcl:${r.doc_id}`, title: null, text: r.text, outlet: r.outlet, period: null, gold: `wcl:${r.cluster_id}` }));
  return { name: 'newswcl50+bbc', documents: streamOrder([...events, ...background]) };
}

export function bbcSet(context: EvalContext): StorySet | null {
  const docs = bbc(context);
  return docs ? { name: 'bbc', documents: streamOrder(docs.map((d) => ({ ...d, gold: null }))) } : null;
}

/** The BBC data set's exact-duplicate groups, as `bbc:`-prefixed ids. */
export function bbcDuplicateGroups(context: EvalContext): string[][] | null {
  const file = locateDataset(context, 'bbc-news-2225/exact_duplicate_groups.json');
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as string[][]).map((g) => g.map((id) => `bbc:${id}`)) : null;
}
