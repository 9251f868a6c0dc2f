/**
 * @module scripts/bench-windows
 * One ingest run through the public `ingest()` with the time of every window of documents written:
 * how the rate changes as the index grows. A budget stops reading (the run then covers the
 * documents read so far), so long runs can be bounded.
 */
import { ingest, type IngestOptions } from '../src/corpus/index.js';
import type { SourceItem } from '../src/ingest/index.js';
import type { Store } from '../src/store/store.js';

export interface IngestWindow {
  /** Documents written before the window and at its end. */
  readonly from: number;
  readonly to: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  /**
   * CPU time of the process (all threads) per document: on a shared machine wall time says how
   * much CPU others left us, this what the work cost.
   */
  readonly cpuMsPerDoc: number;
}

export interface WindowedRun {
  readonly docs: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  readonly windows: readonly IngestWindow[];
  /** The budget ran out before the input did. */
  readonly stopped: boolean;
  /** Ids of the documents read, in order. */
  readonly ids: readonly string[];
  readonly edges: number;
  readonly verified: number;
}

export interface WindowOptions {
  /** Documents per window (default 2,000). */
  readonly window?: number;
  /** Stop reading after this many seconds. */
  readonly budgetSeconds?: number;
  readonly ingest?: Omit<IngestOptions, 'onProgress'>;
}

export async function ingestInWindows(store: Store, items: AsyncIterable<SourceItem>, options: WindowOptions = {}): Promise<WindowedRun> {
  const size = options.window ?? 2000;
  const started = performance.now();
  const stopAt = options.budgetSeconds === undefined ? Infinity : started + options.budgetSeconds * 1000;
  const ids: string[] = [];
  let stopped = false;
  async function* bounded(): AsyncIterable<SourceItem> {
    for await (const item of items) {
      if (performance.now() > stopAt) {
        stopped = true;
        return;
      }
      // Readers give most documents as drafts, extracted later in the prepare pool.
      if (item.kind === 'document') ids.push(item.record.id);
      else if (item.kind === 'draft') ids.push(item.draft.id);
      yield item;
    }
  }
  const windows: IngestWindow[] = [];
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let mark = { written: 0, at: started, cpu: cpu() };
  const close = (written: number, at: number) => {
    const seconds = (at - mark.at) / 1000;
    const now = cpu();
    windows.push({ from: mark.written, to: written, seconds, docsPerSecond: (written - mark.written) / seconds, cpuMsPerDoc: (now - mark.cpu) / (written - mark.written) });
    mark = { written, at, cpu: now };
  };
  const summary = await ingest(store, bounded(), {
    ...options.ingest,
    onProgress: (c) => {
      const written = c.ingested + c.updated + c.unchanged;
      if (written >= mark.written + size) close(written, performance.now());
    },
  });
  const written = summary.ingested + summary.updated + summary.unchanged;
  if (written > mark.written) close(written, started + summary.seconds * 1000);
  return { docs: written, seconds: summary.seconds, docsPerSecond: written / summary.seconds, windows, stopped, ids, edges: summary.edges, verified: summary.verified };
}
