/**
 * @module story-index/update-stories
 * The story stage at the edge: after a batch of documents and their reuse edges is written, reads
 * what the batch needs from the store (frequencies of its keys, candidate stories under its keys,
 * the stories of its reuse partners), assigns the batch, and writes the changes in one transaction.
 * A document already in a story is left where it is, so a re-run after a kill assigns exactly the
 * documents the killed run did not.
 */
import type { Edge } from '../store/store.js';
import type { StoryStore } from '../store/story-store.js';
import { unpackTextFeatures, type PackedTextFeatures } from '../stories/features-wire.js';
import { assignBatch, featureKeys, STORY_POLICY, weighBatch, withRecord, type BatchDocument, type StoryPolicy } from '../stories/index.js';

export interface StoryBatchItem {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly period: string | null;
  /** What the document's texts bring (see stories/storyText), counted where the text was analysed; packed (stories/features-wire). */
  readonly text: PackedTextFeatures;
  /** The document's verified edges (reuse edges among them join it to its partner's story). */
  readonly edges: readonly Edge[];
}

/** A written document as the story stage reads it. */
export function storyDocument(item: StoryBatchItem): BatchDocument {
  return {
    features: withRecord(item, unpackTextFeatures(item.text)),
    reuse: item.edges.map((e) => ({
      other: e.from === item.id ? e.to : e.from,
      relation: e.relation,
      role: !e.directed ? 'unknown' : e.to === item.id ? 'derivative' : 'source',
      // An edge's source side is its `from` end, whether or not the direction is known.
      share: e.from === item.id ? { self: e.sourceCoverage, other: e.derivativeCoverage } : { self: e.derivativeCoverage, other: e.sourceCoverage },
    })),
  };
}

export interface StoriesUpdated {
  readonly assigned: number;
  readonly founded: number;
}

export function updateStories(store: StoryStore, batch: readonly BatchDocument[], policy: StoryPolicy = STORY_POLICY): Promise<StoriesUpdated> {
  return store.exclusive(() => assignAndWrite(store, batch, policy));
}

async function assignAndWrite(store: StoryStore, batch: readonly BatchDocument[], policy: StoryPolicy): Promise<StoriesUpdated> {
  const placed = await store.storiesOf(batch.map((d) => d.features.id));
  const todo = batch.filter((d) => !placed.has(d.features.id));
  if (todo.length === 0) return { assigned: 0, founded: 0 };
  const stored = await store.storyFrequencies([...new Set(todo.flatMap((d) => featureKeys(d.features)))]);
  const before = { documents: stored.documents, df: (key: string) => stored.df.get(key) ?? 0 };
  const weighed = weighBatch(todo, before, policy);
  const storyOf = await store.storiesOf([...new Set(todo.flatMap((d) => d.reuse.map((r) => r.other)))]);
  // Candidate ids first, then each story read (and its centroid parsed) once for the whole batch.
  const found = await store.findStoryIds(weighed.queries, policy.candidateStories);
  const candidateIds = new Set([...storyOf.values(), ...found.flat()]);
  const byId = new Map((await store.getStories([...candidateIds])).map((s) => [s.id, s]));
  const candidates = [...candidateIds].flatMap((id) => byId.get(id) ?? []);
  const update = assignBatch(todo, { frequencies: before, candidates, storyOf }, policy, weighed);
  await store.putStories(update);
  // A split also moves members placed before this batch: they are not counted as assigned here.
  const ids = new Set(todo.map((d) => d.features.id));
  const assigned = update.members.filter((m) => ids.has(m.member.id));
  return { assigned: assigned.length, founded: assigned.filter((m) => m.member.reason === 'founded').length };
}
