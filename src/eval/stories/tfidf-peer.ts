/**
 * @module eval/stories/tfidf-peer
 * The peer every story figure is shown beside: plain tf-idf cosine over content stems, with
 * connected components of the pairs at or above a threshold. All pair similarities are computed
 * once through an inverted index; each threshold is then one union-find pass.
 */

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly cosine: number;
}

/** Every pair of documents with cosine >= `floor`. */
export function tfidfPairs(stems: readonly Map<string, number>[], floor: number): ScoredPair[] {
  const df = new Map<string, number>();
  for (const doc of stems) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = stems.length;
  const vectors = stems.map((doc) => {
    const v = [...doc].map(([k, tf]) => [k, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(k)! + 1) + 1)] as const);
    const norm = Math.hypot(...v.map(([, w]) => w)) || 1;
    return v.map(([k, w]) => [k, w / norm] as const);
  });
  const postings = new Map<string, [number, number][]>();
  const pairs: ScoredPair[] = [];
  vectors.forEach((v, i) => {
    const dots = new Map<number, number>();
    for (const [k, w] of v) for (const [j, wj] of postings.get(k) ?? []) dots.set(j, (dots.get(j) ?? 0) + w * wj);
    for (const [j, dot] of dots) if (dot >= floor) pairs.push({ a: j, b: i, cosine: dot });
    for (const [k, w] of v) (postings.get(k) ?? postings.set(k, []).get(k)!).push([i, w]);
  });
  return pairs;
}

/** Connected components of the pairs at or above `threshold`: one label per document. */
export function componentLabels(n: number, pairs: readonly ScoredPair[], threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const p of pairs) if (p.cosine >= threshold) parent[find(p.a)] = find(p.b);
  return parent.map((_, i) => find(i));
}
