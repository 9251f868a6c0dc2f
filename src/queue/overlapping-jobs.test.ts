import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { tryStartEmbeddedPostgres } from '../store/postgres/test-support/embedded.js';
import { INGEST_QUEUE, openQueue } from './ingest-queue.js';
import { overlappingJobs } from './overlapping-jobs.js';

const started = await tryStartEmbeddedPostgres();
const server = 'server' in started ? started.server : undefined;
after(async () => server?.stop());

describe('overlapping ingest jobs', { skip: 'skip' in started ? started.skip : undefined }, () => {
  test('jobs running at once overlap; a job started after the others completed does not', async () => {
    const boss = await openQueue(await server!.createDatabase());
    try {
      for (const n of [1, 2, 3]) await boss.send(INGEST_QUEUE, { records: [], n });
      const [first] = await boss.fetch(INGEST_QUEUE);
      assert.equal(await overlappingJobs(boss, first!.id)(), false, 'alone on the queue');
      const [second] = await boss.fetch(INGEST_QUEUE);
      assert.equal(await overlappingJobs(boss, first!.id)(), true, 'another job started while it ran');
      assert.equal(await overlappingJobs(boss, second!.id)(), true, 'the first was still running');
      await boss.complete(INGEST_QUEUE, first!.id);
      assert.equal(await overlappingJobs(boss, second!.id)(), true, 'the first completed after the second started');
      await boss.complete(INGEST_QUEUE, second!.id);
      const [third] = await boss.fetch(INGEST_QUEUE);
      assert.equal(await overlappingJobs(boss, third!.id)(), false, 'both completed before it started');
      assert.equal(await overlappingJobs(boss, '00000000-0000-4000-8000-000000000000')(), true, 'an unknown job is assumed to overlap');
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
