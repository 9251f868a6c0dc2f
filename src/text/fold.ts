/**
 * @module text/fold
 * Case and accent folding used for every comparison of words.
 */

/**
 * Lower case, accents removed, typographic apostrophes and dashes made plain.
 * @example fold('Abdollah’s Café') // "abdollah's cafe"
 */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}
