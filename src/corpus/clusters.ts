/**
 * @module corpus/clusters
 * Story clusters over the whole index: connected components of verified edges (derived-from and
 * same-story), each with its directed derived-from graph and earliest origin — by publication date
 * when any member has one, else by content evidence (a member others derive from and that derives
 * from none).
 */
import type { Relation } from '../core/types.js';
import type { Edge, Store } from '../store/store.js';

export interface ClusterEdge {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
  readonly score: number;
}

export interface Cluster {
  /** The smallest member id: stable while the cluster keeps that member. */
  readonly id: string;
  readonly documents: readonly string[];
  readonly origin: string | null;
  /** Derived-from edges (source -> derivative); same-story links only join the cluster. */
  readonly edges: readonly ClusterEdge[];
}

export interface ClustersOptions {
  /** Smallest cluster reported (default 2). */
  readonly minSize?: number;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function clusters(store: Store, options: ClustersOptions = {}): Promise<{ clusters: Cluster[] }> {
  const minSize = Math.max(1, options.minSize ?? 2);
  const edges = await store.allEdges();
  const sets = new UnionFind();
  for (const e of edges) sets.union(e.from, e.to);
  const members = new Map<string, Set<string>>();
  const edgesOf = new Map<string, Edge[]>();
  for (const e of edges) {
    const root = sets.find(e.from);
    const set = members.get(root) ?? members.set(root, new Set()).get(root)!;
    set.add(e.from).add(e.to);
    (edgesOf.get(root) ?? edgesOf.set(root, []).get(root)!).push(e);
  }
  const result: Cluster[] = [];
  for (const [root, set] of members) {
    if (set.size < minSize) continue;
    const documents = [...set].sort(byCodePoint);
    const derived = edgesOf.get(root)!.filter((e) => e.relation !== 'same-story');
    result.push({
      id: documents[0]!,
      documents,
      origin: await originOf(store, documents, derived),
      edges: derived.map(({ from, to, relation, score }) => ({ from, to, relation, score })),
    });
  }
  result.sort((a, b) => b.documents.length - a.documents.length || byCodePoint(a.id, b.id));
  return { clusters: result };
}

async function originOf(store: Store, documents: readonly string[], derived: readonly Edge[]): Promise<string | null> {
  let earliest: { id: string; time: number } | null = null;
  for (const id of documents) {
    const published = (await store.getDocument(id))?.published;
    const time = published ? Date.parse(published) : NaN;
    if (!Number.isNaN(time) && (!earliest || time < earliest.time)) earliest = { id, time };
  }
  if (earliest) return earliest.id;
  const directed = derived.filter((e) => e.directed);
  const derivesFrom = new Set(directed.map((e) => e.to));
  const outDegree = new Map<string, number>();
  for (const e of directed) if (!derivesFrom.has(e.from)) outDegree.set(e.from, (outDegree.get(e.from) ?? 0) + 1);
  const roots = [...outDegree].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
  return roots[0]?.[0] ?? null;
}
