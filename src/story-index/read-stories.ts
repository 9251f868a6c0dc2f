/**
 * @module story-index/read-stories
 * Story clusters as the `clusters` command and the API show them: the stored stories (nothing is
 * recomputed), each with its members, why they are together, and the derived-from edges between
 * its members. The origin is the one member the story's directed derived-from edges lead away from and never
 * into, when there is exactly one; else the stored origin (earliest publication date, else founder).
 */
import type { StoryMember } from '../core/stories.js';
import type { Relation } from '../core/types.js';
import type { Store } from '../store/store.js';

export interface ClusterEdge {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
  readonly score: number;
}

export interface Cluster {
  /** The founding member's id: stable for the story's life. */
  readonly id: string;
  readonly documents: readonly string[];
  readonly origin: string | null;
  /** Derived-from edges (source -> derivative) between members. */
  readonly edges: readonly ClusterEdge[];
  readonly title: string | null;
  /** One line: what the members share. */
  readonly why: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly topNames: readonly string[];
  readonly topTerms: readonly string[];
  /** Each member with why it is there, in the order they joined. */
  readonly members: readonly StoryMember[];
}

export interface ClustersOptions {
  /** Smallest cluster reported (default 2). */
  readonly minSize?: number;
  /** How many of the largest stories are read (default 100): a listing stays bounded as the index grows. */
  readonly limit?: number;
}

export const DEFAULT_STORY_LIMIT = 100;

function originOf(stored: string | null, edges: readonly ClusterEdge[]): string | null {
  const derived = new Set(edges.map((e) => e.to));
  const roots = new Set(edges.map((e) => e.from).filter((id) => !derived.has(id)));
  return roots.size === 1 ? [...roots][0]! : stored;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function clusters(store: Store, options: ClustersOptions = {}): Promise<{ clusters: Cluster[] }> {
  const minSize = Math.max(1, options.minSize ?? 2);
  const stories = await store.stories.listStories({ minSize, limit: Math.max(1, options.limit ?? DEFAULT_STORY_LIMIT) });
  const storyOf = new Map<string, string>();
  for (const { story, members } of stories) for (const m of members) storyOf.set(m.id, story.id);
  const edgesOf = new Map<string, ClusterEdge[]>();
  const directedOf = new Map<string, ClusterEdge[]>();
  // Each edge is read from its source's end, so it is counted once.
  for (const [id, story] of storyOf) {
    for (const e of await store.edgesOf(id)) {
      if (e.from !== id || e.relation === 'same-story' || storyOf.get(e.to) !== story) continue;
      (edgesOf.get(story) ?? edgesOf.set(story, []).get(story)!).push({ from: e.from, to: e.to, relation: e.relation, score: e.score });
      if (e.directed) (directedOf.get(story) ?? directedOf.set(story, []).get(story)!).push({ from: e.from, to: e.to, relation: e.relation, score: e.score });
    }
  }
  return {
    clusters: stories.map(({ story, members }) => ({
      id: story.id,
      documents: members.map((m) => m.id).sort(byCodePoint),
      origin: originOf(story.origin, directedOf.get(story.id) ?? []),
      edges: edgesOf.get(story.id) ?? [],
      title: story.title,
      why: story.why,
      firstSeen: story.firstSeen,
      lastSeen: story.lastSeen,
      topNames: story.topNames,
      topTerms: story.topTerms,
      members,
    })),
  };
}
