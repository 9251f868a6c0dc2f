/**
 * @module scripts/bench-prepare
 * `npm run bench -- --pool`: the prepare pool alone on the synthetic corpus — documents per second
 * prepared inline and with 1 and 2 worker threads (the consumer doing nothing else), and what the
 * trip back to the writer costs per document: an AnalyzedText structured-cloned (v8 serialize in
 * the worker, deserialize on the receiving thread) against the packed form (pack, clone, unpack).
 */
import { deserialize, serialize } from 'node:v8';
import { analysisOf, prepareExtracted } from '../src/corpus/prepare-document.js';
import { createPreparePool } from '../src/corpus/prepare-pool.js';
import { packPreparation, unpackPreparation } from '../src/corpus/prepared-wire.js';
import type { SyntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';
import type { SourceItem } from '../src/ingest/index.js';

export interface PrepareBench {
  readonly docs: number;
  readonly docsPerSecond: Record<string, number>;
  /** Microseconds per document on each side, and bytes per document cloned. */
  readonly structuredClone: { readonly senderUs: number; readonly receiverUs: number; readonly bytes: number };
  readonly packed: { readonly senderUs: number; readonly receiverUs: number; readonly bytes: number };
  readonly prepareUs: number;
}

const us = (ms: number, n: number) => Math.round((ms / n) * 1000);

export async function benchPrepare(corpus: SyntheticCorpus): Promise<PrepareBench> {
  const items: SourceItem[] = corpus.docs.map((d) => ({
    kind: 'document',
    record: { id: d.id, path: null, url: null, outlet: null, published: null, origin: d.id,
      extracted: { format: 'text', title: d.title, byline: null, published: null, declaredLanguage: null, siteName: null, url: null, text: d.text } },
  }));
  const docsPerSecond: Record<string, number> = {};
  for (const threads of [0, 1, 2]) {
    const started = performance.now();
    const pool = await createPreparePool({ threads });
    let n = 0;
    for await (const item of pool.prepare(items)) if (item.kind === 'prepared') n++;
    docsPerSecond[threads === 0 ? 'inline' : `${threads} thread${threads > 1 ? 's' : ''}`] = Math.round(n / ((performance.now() - started) / 1000));
    await pool.close();
  }
  const t = { prepare: 0, serialize: 0, deserialize: 0, pack: 0, unpack: 0, bytes: 0, packedBytes: 0, packedSerialize: 0, packedDeserialize: 0 };
  for (const item of items) {
    if (item.kind !== 'document') continue;
    let at = performance.now();
    const prepared = prepareExtracted(item.record.extracted);
    t.prepare += performance.now() - at;
    at = performance.now();
    const cloned = serialize(prepared);
    t.serialize += performance.now() - at;
    t.bytes += cloned.length;
    at = performance.now();
    deserialize(cloned);
    t.deserialize += performance.now() - at;
    at = performance.now();
    const packed = serialize(packPreparation(prepared));
    t.pack += performance.now() - at;
    t.packedBytes += packed.length;
    at = performance.now();
    analysisOf({ ...unpackPreparation(deserialize(packed)), kind: 'prepared', record: item.record });
    t.unpack += performance.now() - at;
  }
  const n = items.length;
  return {
    docs: n,
    docsPerSecond,
    prepareUs: us(t.prepare, n),
    structuredClone: { senderUs: us(t.serialize, n), receiverUs: us(t.deserialize, n), bytes: Math.round(t.bytes / n) },
    packed: { senderUs: us(t.pack, n), receiverUs: us(t.unpack, n), bytes: Math.round(t.packedBytes / n) },
  };
}
