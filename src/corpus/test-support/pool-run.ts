/**
 * @module corpus/test-support/pool-run
 * A process that prepares `count` records with a pool of `threads`, stops reading after `take` when
 * given, closes the pool and prints what it got; its exiting on its own shows the pool shut down.
 * Usage: node --import tsx pool-run.ts THREADS COUNT [TAKE]
 */
import { syntheticRecords } from '../../queue/test-support/synthetic-records.js';
import { createPreparePool } from '../prepare-pool.js';

const [threads, count, take] = process.argv.slice(2).map(Number);
const pool = await createPreparePool({ threads: threads! });
const ids: string[] = [];
for await (const item of pool.prepare(syntheticRecords(count!))) {
  ids.push(item.kind === 'prepared' ? item.record.id : `problem:${item.path}`);
  if (take !== undefined && ids.length >= take) break;
}
await pool.close();
process.stdout.write(JSON.stringify(ids));
