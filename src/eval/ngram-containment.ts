/**
 * @module eval/ngram-containment
 * The peer baseline: share of a text's word n-grams that also occur in another text. Deliberately
 * plain (lower-cased alphanumeric words, no stemming) so it stays an independent yardstick.
 */

/** Distinct word n-grams of `text`, words joined by a space. */
export function ngrams(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(' '));
  return grams;
}

/** |n-grams(part) ∩ n-grams(whole)| / |n-grams(part)|; 0 when `part` has none. */
export function ngramContainment(part: string, whole: string, n = 3): number {
  const a = ngrams(part, n);
  if (a.size === 0) return 0;
  const b = ngrams(whole, n);
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / a.size;
}

/** |A ∩ B| / |A ∪ B| over lower-cased word sets. */
export function unigramJaccard(a: string, b: string): number {
  const x = ngrams(a, 1);
  const y = ngrams(b, 1);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}
