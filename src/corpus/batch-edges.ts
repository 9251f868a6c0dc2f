/**
 * @module corpus/batch-edges
 * The edges found so far for a batch's documents, not yet written, found by either end. Linking a
 * document asks for the edges of its near copies among them; filtering the whole list each time cost
 * a batch time in the square of its edges, and a dense story's copies have dozens of edges each.
 */
import type { Edge } from '../store/store.js';

export class BatchEdges {
  private readonly all: Edge[] = [];
  private readonly byEnd = new Map<string, number[]>();

  add(edges: readonly Edge[]): void {
    for (const edge of edges) {
      const at = this.all.push(edge) - 1;
      for (const end of edge.from === edge.to ? [edge.from] : [edge.from, edge.to]) (this.byEnd.get(end) ?? this.byEnd.set(end, []).get(end)!).push(at);
    }
  }

  /** The edges with an end among `ids`, in the order they were added. */
  touching(ids: Iterable<string>): Edge[] {
    const at = new Set<number>();
    for (const id of ids) for (const i of this.byEnd.get(id) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => this.all[i]!);
  }
}
