/**
 * @module corpus/ingest-thread-worker
 * The ingest thread (see corpus/ingest-thread): runs the ingest it was started with and posts its
 * progress, then its summary or its failure as data (an Error crossing threads loses its class):
 * a NewstraceError by its code and message, any other error by its message and stack.
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
  if (isNewstraceError(error)) post({ kind: 'failed', code: error.code, message: error.message });
  else post({ kind: 'crashed', message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack ?? '' });
}
