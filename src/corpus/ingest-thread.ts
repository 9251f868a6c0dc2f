/**
 * @module corpus/ingest-thread
 * A large ingest on a thread of its own, for the size of its young generation. The indexing thread
 * keeps much alive for a while (a batch's analysed texts, the analysed-text cache, the postings
 * mirror), and with V8's default young generation the scavenges copying it were a fifth of that
 * thread's time at 20,000 documents. A process's young generation is fixed when node starts; a
 * worker thread's is set when it is made (resourceLimits).
 */
import { Worker } from 'node:worker_threads';
import { NewstraceError, type NewstraceErrorCode } from '../core/errors.js';
import { threadEntry } from '../core/thread-entry.js';
import type { IngestCounts, IngestSummary } from './ingest.js';
import type { PathsIngest } from './ingest-paths.js';

/**
 * The indexing thread's young generation, in MB: V8 makes each semi-space a third of it, 128 MB, as
 * `npm run bench` gives its own thread (--max-semi-space-size=128 in package.json), so the bench
 * measures what `ingest` runs. On 20,000 documents, 64 MB semi-spaces took the indexing thread's
 * scavenges from 17.7 s to 9.9 s (see the README's benchmark notes); 128 MB took `ingest` of 20,000
 * constant documents from 56.3 / 56.8 s to 53.9 / 53.6 s (runs alternated), 20,000 dense from 90.3 to
 * 87.4 s, peak RSS unchanged (2.4-2.7 GB); 256 MB gave no more (54.1 s).
 */
export const INGEST_YOUNG_GENERATION_MB = 384;

export type IngestThreadMessage =
  | { readonly kind: 'progress'; readonly counts: IngestCounts }
  | { readonly kind: 'done'; readonly summary: IngestSummary }
  | { readonly kind: 'failed'; readonly code: NewstraceErrorCode; readonly message: string }
  | { readonly kind: 'crashed'; readonly message: string; readonly stack: string };

export function ingestPathsInThread(request: PathsIngest, onProgress?: (counts: IngestCounts) => void): Promise<IngestSummary> {
  const entry = threadEntry(import.meta.url, './ingest-thread-worker');
  const worker = new Worker(new URL(entry.filename), {
    workerData: { ...entry.workerData, request },
    resourceLimits: { maxYoungGenerationSizeMb: INGEST_YOUNG_GENERATION_MB },
  });
  return new Promise<IngestSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: IngestThreadMessage) => {
      if (message.kind === 'progress') onProgress?.(message.counts);
      else {
        settled = true;
        if (message.kind === 'done') resolve(message.summary);
        else if (message.kind === 'failed') reject(new NewstraceError(message.code, message.message));
        // Not one of newstrace's errors: thrown on as a plain error, as it is from an inline run.
        else reject(Object.assign(new Error(message.message), { stack: message.stack }));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(new NewstraceError('store_failed', `the ingest thread failed: ${error.message}`, { cause: error }));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new NewstraceError('store_failed', `the ingest thread stopped (exit code ${code}) before it finished`));
    });
  });
}
