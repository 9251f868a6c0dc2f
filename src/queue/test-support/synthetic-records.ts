/**
 * @module queue/test-support/synthetic-records
 * Small distinct documents as the readers would yield them, for queue tests and the benchmark.
 */
import type { SourceItem } from '../../ingest/types.js';

const WORDS = ('council harbour budget river school bridge election museum railway hospital festival drought ' +
  'factory library airport farmers court storm tunnel market stadium vaccine orchestra glacier mayor ' +
  'minister union strike tariff bakery ferry senate archive telescope vineyard pipeline').split(' ');

/** A deterministic pseudo-random sequence, so every run writes the same corpus. */
function* numbers(seed: number): Generator<number> {
  let x = seed * 2654435761 + 1;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x;
  }
}

function text(i: number): string {
  const next = numbers(i + 1);
  const word = () => WORDS[next.next().value % WORDS.length];
  const sentence = () => `The ${word()} near the ${word()} reported ${next.next().value % 900 + 100} cases of ${word()} and ${word()} on day ${i}.`;
  return Array.from({ length: 6 }, sentence).join(' ');
}

/** `count` documents with ids `<prefix>-0000…`. */
export function syntheticRecords(count: number, prefix = 'doc'): Extract<SourceItem, { kind: 'document' }>[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'document' as const,
    record: {
      id: `${prefix}-${String(i).padStart(4, '0')}`, path: `${prefix}/${i}.txt`, url: null, outlet: 'Test Wire', published: null, origin: `${prefix}/${i}.txt`,
      extracted: { format: 'text' as const, title: `Story ${i}`, byline: null, published: null, declaredLanguage: null, siteName: null, url: null, text: text(i) },
    },
  }));
}
