/**
 * @module server/start-server
 * Runs the app on Node's HTTP server. Loopback by default: the index may hold unpublished material,
 * so exposing it to the network is an explicit choice of the caller.
 */
import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { ServerLimits } from './limits.js';
import type { Services } from './services.js';

export interface StartOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** SQLite file or PostgreSQL URL of the index; a temporary in-memory index when absent. */
  readonly db?: string;
  /** Request limits (`limits.ts`); the defaults where absent. */
  readonly limits?: Partial<ServerLimits>;
  /** Use these instead of building them from `db` (tests, embedding). */
  readonly services?: Services;
}

export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const { limits } = options;
  const services = options.services ?? (await (await import('./real-services.js')).createServices({ db: options.db, limits }));
  const app = createApp(services, { limits });
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    host,
    port,
    close: async () => {
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // Browsers keep connections alive; without this, close() would wait for them to time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await services.close();
    },
  };
}
