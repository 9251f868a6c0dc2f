/**
 * @module queue/ingest-queue
 * The ingest queue on pg-boss, in the same PostgreSQL database as the index: one job is one batch
 * of read documents. Jobs that outlive `expireInSeconds` (a worker killed or stuck) go back to the
 * queue and are retried, so processing a batch must be idempotent; putDocuments is.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { NewstraceError } from '../core/errors.js';
import type { SourceRecord } from '../ingest/types.js';
import { redactTarget } from '../store/redact-target.js';

export const INGEST_QUEUE = 'newstrace-ingest';

export interface IngestJob {
  readonly records: readonly SourceRecord[];
}

export interface QueueSettings {
  /** A job still active after this long is taken to be lost and retried (default 15 minutes). */
  readonly expireInSeconds?: number;
  /** Retries after the first attempt (default 5). */
  readonly retryLimit?: number;
  /** Seconds before a retry (default 10). */
  readonly retryDelay?: number;
  /** How often expired jobs are looked for (pg-boss maintenance; default 60 s). */
  readonly maintenanceIntervalSeconds?: number;
  /** Connections pg-boss may open (default 4). */
  readonly poolSize?: number;
}

export function jobSettings(settings: QueueSettings) {
  return {
    expireInSeconds: settings.expireInSeconds ?? 15 * 60,
    retryLimit: settings.retryLimit ?? 5,
    retryDelay: settings.retryDelay ?? 10,
  };
}

/** Starts pg-boss on `url` (creating its schema on first use) with the ingest queue in place. */
export async function openQueue(url: string, settings: QueueSettings = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: settings.poolSize ?? 4,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
    schedule: false,
  });
  // pg-boss reports background failures (maintenance, polling) as events; they are retried by it.
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard', ...jobSettings(settings) });
  } catch (cause) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new NewstraceError('store_failed', `cannot open the ingest queue: ${(cause as Error).message}`, { path: redactTarget(url), cause });
  }
  return boss;
}

/**
 * A job id derived from its content: the same batch enqueued twice while still pending is one job
 * (pg-boss ignores an existing id), and a changed document makes a new one.
 */
export function jobId(job: IngestJob): string {
  const hex = createHash('sha256').update(JSON.stringify(job.records)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
