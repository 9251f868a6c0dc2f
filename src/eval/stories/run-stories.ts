/**
 * @module eval/stories/run-stories
 * Story clustering of a labelled set through the real stage and a real (in-memory) SQLite store:
 * documents are analysed once, then streamed in batches through `updateStories` for each policy.
 */
import type { Extracted } from '../../core/types.js';
import { prepareArticle } from '../../pipeline/prepare.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { BatchDocument, StoryPolicy } from '../../stories/index.js';
import { storyText } from '../../stories/index.js';
import { storyDocument, updateStories } from '../../story-index/update-stories.js';
import type { LabelledDocument } from './story-sets.js';
import { packTextFeatures } from '../../stories/features-wire.js';

export interface AnalysedSet {
  readonly documents: readonly LabelledDocument[];
  readonly batch: readonly BatchDocument[];
  /** Content stems per document, for the tf-idf peer. */
  readonly stems: readonly Map<string, number>[];
}

export function analyseSet(documents: readonly LabelledDocument[]): AnalysedSet {
  const batch: BatchDocument[] = [];
  const stems: Map<string, number>[] = [];
  for (const d of documents) {
    const extracted: Extracted = { format: 'text', title: d.title, byline: null, published: null, declaredLanguage: 'en', siteName: d.outlet, url: null, text: d.title ? `${d.title}\n\n${d.text}` : d.text };
    const { analyzed } = prepareArticle(extracted);
    batch.push(storyDocument({ id: d.id, title: d.title, outlet: d.outlet, published: null, period: d.period, text: packTextFeatures(storyText(analyzed, d.title)), edges: [] }));
    const counts = new Map<string, number>();
    for (const t of analyzed.tokens) if (!t.isStop && t.norm.length >= 2) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
    stems.push(counts);
  }
  return { documents, batch, stems };
}

/** Story id of each document, in the set's order. */
export async function storyLabels(set: AnalysedSet, policy: StoryPolicy, batchSize = 200): Promise<string[]> {
  const store = await openSqliteStore(':memory:');
  try {
    for (let i = 0; i < set.batch.length; i += batchSize) await updateStories(store.stories, set.batch.slice(i, i + batchSize), policy);
    const of = await store.stories.storiesOf(set.documents.map((d) => d.id));
    return set.documents.map((d) => of.get(d.id) ?? `single:${d.id}`);
  } finally {
    await store.close();
  }
}
