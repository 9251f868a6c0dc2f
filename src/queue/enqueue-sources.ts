/**
 * @module queue/enqueue-sources
 * `ingest --queue`: reads the inputs as usual but, instead of indexing, sends the documents to the
 * ingest queue in batches for `newstrace worker` processes to index. Problems (unreadable files,
 * bad lines) are reported here, at reading time, since workers only see documents.
 */
import { finishDraft } from '../ingest/record.js';
import type { SourceItem, SourceRecord } from '../ingest/types.js';
import { INGEST_QUEUE, jobId, jobSettings, openQueue, type IngestJob, type QueueSettings } from './ingest-queue.js';

export interface EnqueueSummary {
  /** Documents sent in new jobs. */
  readonly enqueued: number;
  readonly jobs: number;
  /** Jobs (and their documents) already waiting in the queue with the same content. */
  readonly alreadyQueued: number;
  readonly problems: readonly Extract<SourceItem, { kind: 'problem' }>[];
}

export interface EnqueueOptions extends QueueSettings {
  /** Documents per job (default 50). */
  readonly batchSize?: number;
}

/** Enqueues every document of `items` into the queue in the PostgreSQL database at `url`. */
export async function enqueueSources(url: string, items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const batchSize = options.batchSize ?? 50;
  const boss = await openQueue(url, { ...options, poolSize: options.poolSize ?? 2 });
  const problems: Extract<SourceItem, { kind: 'problem' }>[] = [];
  let enqueued = 0;
  let jobs = 0;
  let alreadyQueued = 0;
  let batch: SourceRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const job: IngestJob = { records: batch };
    const id = await boss.send(INGEST_QUEUE, job, { id: jobId(job), ...jobSettings(options) });
    if (id) {
      jobs += 1;
      enqueued += batch.length;
    } else {
      alreadyQueued += 1;
    }
    batch = [];
  };
  try {
    for await (const read of items) {
      // Workers see records: drafts are extracted here, and a page that cannot be is reported here.
      const item = read.kind === 'draft' ? finishDraft(read.draft) : read;
      if (item.kind === 'problem') problems.push(item);
      else if (batch.push(item.record) >= batchSize) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return { enqueued, jobs, alreadyQueued, problems };
}
