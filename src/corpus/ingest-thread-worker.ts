/**
 * @module corpus/ingest-thread-worker
 * The ingest thread (see corpus/ingest-thread): runs the ingest it was started with and posts its
 * progress, then its summary or its failure as data (an Error crossing threads loses its class).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isNewstraceError } from '../core/errors.js';
import { ingestPaths, type PathsIngest } from './ingest-paths.js';
import type { IngestThreadMessage } from './ingest-thread.js';

const post = (message: IngestThreadMessage) => parentPort!.postMessage(message);
const { request } = workerData as { request: PathsIngest };

try {
  post({ kind: 'done', summary: await ingestPaths(request, (counts) => post({ kind: 'progress', counts })) });
} catch (error) {
  post({
    kind: 'failed',
    code: isNewstraceError(error) ? error.code : 'store_failed',
    message: isNewstraceError(error) ? error.message : `ingest failed: ${(error as Error)?.message ?? String(error)}`,
  });
}
