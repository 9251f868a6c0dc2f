import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { enqueueSources } from '../../queue/enqueue-sources.js';
import { syntheticRecords } from '../../queue/test-support/synthetic-records.js';
import { createPostgresStore } from '../../store/postgres/postgres-store.js';
import { tryStartEmbeddedPostgres } from '../../store/postgres/test-support/embedded.js';
import { captureIO } from '../test-support/capture-io.js';
import { ingestCommand } from './ingest.js';
import { migrateCommand } from './migrate.js';
import { workerCommand } from './worker.js';
import { MIGRATIONS } from '../../store/postgres/migrations.js';

const TEXT = 'The city council approved a new tram line on Tuesday after a six-hour debate. The line will link the northern suburbs with the central station.';

const started = await tryStartEmbeddedPostgres();
const server = 'server' in started ? started.server : undefined;
after(async () => server?.stop());

test('migrate on a SQLite target creates the index file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-migrate-'));
  try {
    const io = captureIO({ cwd: dir });
    assert.equal(await migrateCommand.run(['--db', 'fresh.db', '--json'], io), 0);
    assert.deepEqual(JSON.parse(io.out()), { store: join(dir, 'fresh.db'), kind: 'sqlite', applied: [] });
    assert.ok(existsSync(join(dir, 'fresh.db')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('migrate and worker commands on PostgreSQL', { skip: 'skip' in started ? started.skip : undefined }, () => {
  test('migrate applies the versioned migrations once, then reports nothing to apply', async () => {
    const url = await server!.createDatabase();
    const first = captureIO();
    assert.equal(await migrateCommand.run(['--db', url, '--json'], first), 0);
    const report = JSON.parse(first.out());
    assert.deepEqual(report.applied, MIGRATIONS.map((m) => m.version));
    assert.equal(report.kind, 'postgres');
    assert.ok(!report.store.includes(new URL(url).password), 'the password is not printed');
    const again = captureIO({ env: { NEWSTRACE_DB: url } });
    assert.equal(await migrateCommand.run(['--json'], again), 0);
    assert.deepEqual(JSON.parse(again.out()).applied, []);
  });

  test('worker --until-empty indexes the queued documents and stops', async () => {
    const url = await server!.createDatabase();
    await enqueueSources(url, syntheticRecords(12, 'cli'), { batchSize: 4 });
    const io = captureIO();
    assert.equal(await workerCommand.run(['--db', url, '--until-empty', '--concurrency', '2', '--json'], io), 0);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.at(-1), { batches: 3, documents: 12 });
    const store = await createPostgresStore(url);
    try {
      assert.equal(await store.countDocuments(), 12);
    } finally {
      await store.close();
    }
  });

  test('ingest --queue enqueues a folder for the workers, who index it', async () => {
    const url = await server!.createDatabase();
    const seeds = new URL('../../../../shared/seeds/', import.meta.url).pathname;
    const input = existsSync(seeds) ? seeds : new URL('../../../examples/', import.meta.url).pathname;
    const queued = captureIO();
    assert.equal(await ingestCommand.run([input, '--db', url, '--queue', '--json'], queued), 0);
    const summary = JSON.parse(queued.out());
    assert.ok(summary.enqueued >= 2);
    assert.equal(await workerCommand.run(['--db', url, '--until-empty'], captureIO()), 0);
    const store = await createPostgresStore(url);
    try {
      assert.equal(await store.countDocuments(), summary.enqueued);
    } finally {
      await store.close();
    }
  });

  test('a queued document whose id is stored from another file is not replaced, and the worker names it', async () => {
    const url = await server!.createDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'newstrace-worker-ids-'));
    try {
      for (const [where, text] of [['a', TEXT], ['b', `${TEXT} The depot opens in May.`]] as const) {
        mkdirSync(join(dir, where, 'seeds'), { recursive: true });
        writeFileSync(join(dir, where, 'seeds', 'tram.txt'), text);
      }
      assert.equal(await ingestCommand.run([join(dir, 'a', 'seeds'), '--db', url], captureIO()), 0);
      assert.equal(await ingestCommand.run([join(dir, 'b', 'seeds'), '--db', url, '--queue'], captureIO()), 0);
      const io = captureIO();
      assert.equal(await workerCommand.run(['--db', url, '--until-empty'], io), 0);
      assert.match(io.err(), /newstrace worker: skipped .*b\/seeds\/tram\.txt: id 'seeds\/tram\.txt' is stored from .*a\/seeds\/tram\.txt with another text/);
      const store = await createPostgresStore(url);
      try {
        assert.equal((await store.getDocument('seeds/tram.txt'))?.text, TEXT);
      } finally {
        await store.close();
      }
      // A broken file is named and the exit code says so; the rest is queued.
      mkdirSync(join(dir, 'c'));
      writeFileSync(join(dir, 'c', 'empty.txt'), '');
      writeFileSync(join(dir, 'c', 'depot.txt'), `${TEXT} The depot opens in June.`);
      const partly = captureIO();
      assert.equal(await ingestCommand.run([join(dir, 'c'), '--db', url, '--queue', '--json'], partly), 3);
      const queued = JSON.parse(partly.out());
      assert.deepEqual([queued.enqueued, queued.problems.map((p: { path: string }) => p.path)], [1, [join(dir, 'c', 'empty.txt')]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('ingest --queue needs a PostgreSQL index', async () => {
    const io = captureIO();
    assert.equal(await ingestCommand.run(['.', '--db', 'index.db', '--queue'], io), 2);
    assert.match(io.err(), /PostgreSQL/);
  });

  test('worker refuses a SQLite target and bad numbers as usage errors', async () => {
    const io = captureIO();
    assert.equal(await workerCommand.run(['--db', 'index.db'], io), 2);
    assert.match(io.err(), /PostgreSQL/);
    assert.equal(await workerCommand.run(['--db', 'postgres://x/y', '--concurrency', '0'], captureIO()), 2);
  });
});
