/**
 * @module audit/similarity
 * String similarity for telling a respelt name ("Abdullah" → "Abdollah") from a different one.
 */

/** 1 − edit distance / longer length; 1 for equal strings. */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    for (let j = 1; j <= m; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return 1 - prev[m] / Math.max(n, m);
}

export interface NameComparison {
  /** Words both names share. */
  readonly shared: number;
  /** Best edit similarity between a word only in one and a word only in the other (0 when none). */
  readonly closest: number;
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
}

/** Word-level comparison of two folded names. */
export function compareNames(a: string, b: string): NameComparison {
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  const setB = new Set(wb);
  const setA = new Set(wa);
  const onlyA = wa.filter((w) => !setB.has(w));
  const onlyB = wb.filter((w) => !setA.has(w));
  let closest = 0;
  for (const x of onlyA) for (const y of onlyB) closest = Math.max(closest, editSimilarity(x, y));
  return { shared: wa.length - onlyA.length, closest, onlyA, onlyB };
}
