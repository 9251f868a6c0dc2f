/**
 * @module queue/overlapping-jobs
 * Whether any other ingest job ran while this one did. Only then can a document of this batch have
 * a related document that its first pass could not see (stored by that other job meanwhile), so a
 * worker alone on the queue skips the link pass, which otherwise costs a candidate lookup per
 * document. pg-boss keeps each job's `started_on` and `completed_on` from the database clock: another
 * job overlapped ours when it has started and not completed before ours started. Conservative on
 * purpose: a job waiting for a retry, or left active by a dead worker, counts as overlapping, and so
 * does everything when this job's own row cannot be found.
 */
import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './ingest-queue.js';

/** Asks, after this job's documents are committed, whether another job may have missed them. */
export type OverlapCheck = () => Promise<boolean>;

export function overlappingJobs(boss: PgBoss, jobId: string): OverlapCheck {
  return async () => {
    const { rows } = await boss.getDb().executeSql(`
      SELECT coalesce((
        SELECT EXISTS (
          SELECT 1 FROM pgboss.job other
          WHERE other.name = me.name AND other.id <> me.id AND other.started_on IS NOT NULL
            AND (other.completed_on IS NULL OR other.completed_on >= me.started_on))
        FROM pgboss.job me WHERE me.name = $1 AND me.id = $2
      ), true) AS overlapped`, [INGEST_QUEUE, jobId]);
    return rows[0]?.overlapped === true;
  };
}
