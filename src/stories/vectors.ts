/**
 * @module stories/vectors
 * Sparse tf-idf vectors as parallel arrays sorted by key. Every vector and centroid is cut to its
 * heaviest keys, so comparing a document with a story costs the same however many documents either
 * has seen; sorted keys make cosine, sums and shared keys one merge, with no per-key objects to build.
 */
import type { Weights } from '../core/stories.js';
import type { Counts } from './features.js';

/** Document frequencies as known before a document is weighed, and how many documents they count. */
export interface Frequencies {
  readonly documents: number;
  df(key: string): number;
}

export const EMPTY: Weights = { keys: [], weights: [] };

/** Sublinear tf times smoothed idf (to `idfPower`: above 1 favours rare keys more), L2-normalised, heaviest `limit` keys kept. */
export function tfidf(counts: Counts, frequencies: Frequencies, limit: number, idfPower = 1): Weights {
  const n = frequencies.documents;
  const keys = Object.keys(counts);
  const raw = keys.map((key) => (1 + Math.log(counts[key]!)) * (Math.log((n + 1) / (frequencies.df(key) + 1)) + 1) ** idfPower);
  const kept = heaviest(keys, raw, limit);
  // The norm is summed heaviest first, as it always was, so weights do not move in the last digit.
  const norm = Math.hypot(...kept.map((i) => raw[i]!)) || 1;
  kept.sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  return { keys: kept.map((i) => keys[i]!), weights: kept.map((i) => raw[i]! / norm) };
}

/** Indices of the `limit` heaviest entries, heaviest first (ties by key). */
function heaviest(keys: readonly string[], weights: readonly number[], limit: number): number[] {
  const before = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && keys[a]! < keys[b]!);
  if (limit * 4 >= weights.length) {
    const order = Array.from(weights, (_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1));
    if (order.length > limit) order.length = limit;
    return order;
  }
  // A few of many (a story's keys, its summary): one pass keeping the best so far, no full sort.
  const top: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    if (top.length === limit && !before(i, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(i, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** A vector from key weights in any order (tests and stored fixtures). */
export function vectorOf(entries: Readonly<Record<string, number>>): Weights {
  const keys = Object.keys(entries).sort((a, b) => (a < b ? -1 : 1));
  return { keys, weights: keys.map((k) => entries[k]!) };
}

export const isEmpty = (v: Weights) => v.keys.length === 0;

export function norm(v: Weights): number {
  let sum = 0;
  for (const w of v.weights) sum += w * w;
  return Math.sqrt(sum);
}

/** Cosine of two vectors that need not be normalised; 0 when either is empty. */
export function cosine(a: Weights, b: Weights): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length; ) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}

/** `sum + v` cut to the heaviest `limit` keys: a centroid that stays the same size. */
export function addVector(sum: Weights, v: Weights, limit: number): Weights {
  const keys: string[] = [];
  const weights: number[] = [];
  const take = (key: string, weight: number) => {
    keys.push(key);
    weights.push(weight);
  };
  let i = 0;
  let j = 0;
  while (i < sum.keys.length || j < v.keys.length) {
    const x = sum.keys[i];
    const y = v.keys[j];
    if (y === undefined || (x !== undefined && x < y)) take(x!, sum.weights[i++]!);
    else if (x === undefined || y < x) take(y, v.weights[j++]!);
    else take(x, sum.weights[i++]! + v.weights[j++]!);
  }
  return heaviestKeys({ keys, weights }, limit);
}

/** `v` cut to its heaviest `limit` keys, still sorted by key. */
export function heaviestKeys(v: Weights, limit: number): Weights {
  if (v.keys.length <= limit) return v;
  const kept = heaviest(v.keys, v.weights, limit).sort((a, b) => a - b);
  return { keys: kept.map((k) => v.keys[k]!), weights: kept.map((k) => v.weights[k]!) };
}

/** Keys both vectors weigh, heaviest product first. */
export function sharedKeys(a: Weights, b: Weights): string[] {
  const keys: string[] = [];
  const products: number[] = [];
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length; ) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      keys.push(x);
      products.push(a.weights[i++]! * b.weights[j++]!);
    }
  }
  return heaviest(keys, products, keys.length).map((k) => keys[k]!);
}

export function topKeys(v: Weights, limit: number): string[] {
  return heaviest(v.keys, v.weights, limit).map((i) => v.keys[i]!);
}

/** Position of `key` in a vector, or -1. */
export function indexOf(v: Weights, key: string): number {
  let lo = 0;
  let hi = v.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = v.keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
