/**
 * @module stories/vectors
 * Sparse tf-idf vectors over plain objects. Every vector and centroid is cut to its heaviest keys,
 * so comparing a document with a story costs the same however many documents either has seen.
 */
import type { Weights } from '../core/stories.js';
import type { Counts } from './features.js';

/** Document frequencies as known before a document is weighed, and how many documents they count. */
export interface Frequencies {
  readonly documents: number;
  df(key: string): number;
}

/** Sublinear tf times smoothed idf (to `idfPower`: above 1 favours rare keys more), L2-normalised, heaviest `limit` keys kept. */
export function tfidf(counts: Counts, frequencies: Frequencies, limit: number, idfPower = 1): Weights {
  const n = frequencies.documents;
  const raw: [string, number][] = [];
  for (const [key, tf] of Object.entries(counts)) {
    const idf = Math.log((n + 1) / (frequencies.df(key) + 1)) + 1;
    raw.push([key, (1 + Math.log(tf)) * idf ** idfPower]);
  }
  return normalised(heaviest(raw, limit));
}

function heaviest(entries: [string, number][], limit: number): [string, number][] {
  return entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function normalised(entries: [string, number][]): Weights {
  const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
  return Object.fromEntries(entries.map(([k, w]) => [k, w / norm]));
}

export function norm(v: Weights): number {
  let sum = 0;
  for (const w of Object.values(v)) sum += w * w;
  return Math.sqrt(sum);
}

/** Cosine of two vectors that need not be normalised; 0 when either is empty. */
export function cosine(a: Weights, b: Weights): number {
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of Object.entries(small)) dot += w * (large[k] ?? 0);
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}

/** `sum + v` cut to the heaviest `limit` keys: a centroid that stays the same size. */
export function addVector(sum: Weights, v: Weights, limit: number): Weights {
  const out: Record<string, number> = { ...sum };
  for (const [k, w] of Object.entries(v)) out[k] = (out[k] ?? 0) + w;
  return Object.fromEntries(heaviest(Object.entries(out), limit));
}

/** Keys both vectors weigh, heaviest product first. */
export function sharedKeys(a: Weights, b: Weights): string[] {
  return Object.keys(a).filter((k) => k in b).sort((x, y) => a[y]! * b[y]! - a[x]! * b[x]! || (x < y ? -1 : 1));
}

export function topKeys(v: Weights, limit: number): string[] {
  return Object.entries(v).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([k]) => k);
}
