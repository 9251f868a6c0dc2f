/**
 * @module audit/token-lcs
 * Word-level alignment of two linked sentences (longest common subsequence of content-word stems).
 * Unmatched stretches between the same anchors are the "slots" where a retelling replaced a value;
 * an unmatched stretch facing nothing is content one side simply left out.
 */
import type { Token } from '../core/types.js';

export interface WordAlignment {
  /** For each token of `a`, the index in `b` it is matched to, or -1. */
  readonly aToB: readonly number[];
  readonly bToA: readonly number[];
}

const key = (t: Token) => (t.kind === 'number' ? t.norm : t.stem);

export function alignWords(a: readonly Token[], b: readonly Token[]): WordAlignment {
  const n = a.length;
  const m = b.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = !a[i].isStop && key(a[i]) === key(b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const aToB = new Array<number>(n).fill(-1);
  const bToA = new Array<number>(m).fill(-1);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (!a[i].isStop && key(a[i]) === key(b[j])) {
      aToB[i] = j;
      bToA[j] = i;
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return { aToB, bToA };
}

/** The half-open range of `b` indices facing the unmatched token `i` of `a` (between its anchors). */
export function facingRange(aToB: readonly number[], i: number, bLength: number): [number, number] {
  let lo = -1;
  for (let k = i - 1; k >= 0; k--) if (aToB[k] >= 0) { lo = aToB[k]; break; }
  let hi = bLength;
  for (let k = i + 1; k < aToB.length; k++) if (aToB[k] >= 0) { hi = aToB[k]; break; }
  return [lo + 1, hi];
}
