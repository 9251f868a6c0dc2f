/**
 * @module store/copy-index
 * Copies a whole index from one store to another through the Store interface: documents with their
 * fingerprint keys and analyses, then the verified edges, then the stories as they are (records,
 * keys, members in join order, key frequencies), so nothing is analysed, verified or assigned again. This is how an
 * index outgrows its SQLite file: the PostgreSQL store receives exactly what corpus mode built.
 * Both stores pin the same fingerprint scheme (opening either refuses another one), so keys carry
 * over unchanged. Writes are upserts: a copy interrupted midway is completed by running it again.
 * The target's story frequencies are set to the source's, not added to them, for the same reason.
 */
import { NewstraceError } from '../core/errors.js';
import type { Store } from './store.js';

export interface CopyProgress {
  readonly documents: number;
  readonly total: number;
  readonly edges: number;
  readonly stories: number;
}

export interface CopyOptions {
  /** Documents per write transaction (default 200). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CopyProgress) => void;
}

export interface CopySummary {
  readonly documents: number;
  /** Stored in the target before under the same id with the same text and metadata. */
  readonly unchanged: number;
  readonly edges: number;
  readonly stories: number;
  readonly seconds: number;
}

/** Edges per write: each is one upsert of its two ends. */
const EDGE_BATCH = 1000;

export async function copyIndex(from: Store, to: Store, options: CopyOptions = {}): Promise<CopySummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const total = await from.countDocuments();
  let documents = 0;
  let unchanged = 0;
  for (let after: string | undefined; ;) {
    const page = await from.listDocuments({ after, limit: batchSize });
    if (page.length === 0) break;
    const batch = [];
    for (const { ingestedAt: _ingestedAt, ...document } of page) {
      const keys = await from.getKeys(document.id);
      // Listed a moment ago; only a concurrent delete could remove it, and the store has none.
      if (!keys) throw new NewstraceError('store_failed', `document ${document.id} has no keys in the source index`);
      const analysis = (await from.getAnalysis(document.id))?.analysis ?? undefined;
      batch.push({ document, keys, analysis });
    }
    const outcomes = await to.putDocuments(batch);
    unchanged += outcomes.filter((o) => o === 'unchanged').length;
    documents += page.length;
    after = page[page.length - 1]!.id;
    options.onProgress?.({ documents, total, edges: 0, stories: 0 });
  }
  const edges = await from.allEdges();
  for (let i = 0; i < edges.length; i += EDGE_BATCH) {
    await to.addEdges(edges.slice(i, i + EDGE_BATCH));
    options.onProgress?.({ documents, total, edges: Math.min(edges.length, i + EDGE_BATCH), stories: 0 });
  }
  const stories = await to.stories.exclusive(() => copyStories(from, to, batchSize, (n) => options.onProgress?.({ documents, total, edges: edges.length, stories: n })));
  return { documents, unchanged, edges: edges.length, stories, seconds: (performance.now() - started) / 1000 };
}

/** Copies every story page by page, then makes the target's story frequencies the source's; returns the stories copied. */
async function copyStories(from: Store, to: Store, pageSize: number, progress: (stories: number) => void): Promise<number> {
  let copied = 0;
  for (let after: string | undefined; ;) {
    const page = await from.stories.storyRecords({ after, limit: pageSize });
    if (page.length === 0) break;
    await to.stories.putStories({
      stories: page.map(({ record, keys }) => ({ record, keys })),
      members: page.flatMap(({ record, members }) => members.map((member) => ({ story: record.id, member }))),
      documentFrequencies: {},
      documents: 0,
    });
    copied += page.length;
    after = page[page.length - 1]!.record.id;
    progress(copied);
  }
  const source = await from.stories.allStoryFrequencies();
  const target = await to.stories.storyFrequencies([...source.df.keys()]);
  const documentFrequencies: Record<string, number> = {};
  for (const [key, df] of source.df) {
    const change = df - (target.df.get(key) ?? 0);
    if (change !== 0) documentFrequencies[key] = change;
  }
  await to.stories.putStories({ stories: [], members: [], documentFrequencies, documents: source.documents - target.documents });
  return copied;
}
