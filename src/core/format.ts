/**
 * @module core/format
 * The two ways figures are written in prose everywhere: a share as a whole percentage, a count with
 * its noun.
 */

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
