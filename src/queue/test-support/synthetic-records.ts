/**
 * @module queue/test-support/synthetic-records
 * Small distinct documents as the readers would yield them, for queue tests and the benchmark.
 */
import type { SourceItem } from '../../ingest/types.js';

const SYLLABLES = 'ka lo mi ne ru sa ti vo bre dan fel gor hul jin mar pol quin rest tav wen'.split(' ');
const GLUE = ['the', 'of', 'and', 'in', 'to', 'a', 'on', 'for', 'with', 'was'];

/** A deterministic pseudo-random sequence (mulberry32), so every run writes the same corpus. */
function* numbers(seed: number): Generator<number> {
  let a = seed >>> 0;
  for (;;) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    yield (t ^ (t >>> 14)) >>> 0;
  }
}

/** Six sentences of invented words (so unrelated documents share almost no word pairs). */
function text(i: number): string {
  const next = numbers(i + 1);
  const pick = <T>(list: readonly T[]) => list[next.next().value % list.length]!;
  const word = () => Array.from({ length: 2 + (next.next().value % 2) }, () => pick(SYLLABLES)).join('');
  const sentence = () => {
    const words = Array.from({ length: 9 + (next.next().value % 6) }, (_, k) => (k % 3 === 2 ? pick(GLUE) : word()));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return Array.from({ length: 6 }, sentence).join(' ');
}

/** Every fourth document retells the one three before it: its sentences reordered, one replaced. */
function reuseText(i: number): string {
  const sentences = text(i - 3).split(/(?<=\.) /);
  return [...sentences.slice(1).reverse(), text(i).split(/(?<=\.) /)[0]].join(' ');
}

/** `count` documents with ids `<prefix>-0000…`; some retell earlier ones, as news corpora do. */
export function syntheticRecords(count: number, prefix = 'doc'): Extract<SourceItem, { kind: 'document' }>[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'document' as const,
    record: {
      id: `${prefix}-${String(i).padStart(4, '0')}`, path: `${prefix}/${i}.txt`, url: null, outlet: 'Test Wire', published: null, origin: `${prefix}/${i}.txt`,
      extracted: { format: 'text' as const, title: `Story ${i}`, byline: null, published: null, declaredLanguage: null, siteName: null, url: null, text: i % 4 === 3 ? reuseText(i) : text(i) },
    },
  }));
}
