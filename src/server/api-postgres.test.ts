/**
 * `serve` on PostgreSQL: the same document round trip as on SQLite, through the real server.
 */
import { after, before, describe, test } from 'node:test';
import { tryStartEmbeddedPostgres } from '../store/postgres/test-support/embedded.js';
import { startServer, type RunningServer } from './start-server.js';
import { callApi, checkDocumentsRoundTrip } from './test-support/documents-round-trip.js';

const started = await tryStartEmbeddedPostgres();
const postgres = 'server' in started ? started.server : undefined;
let server: RunningServer | undefined;

describe('serve on PostgreSQL', { skip: 'skip' in started ? started.skip : undefined }, () => {
  before(async () => {
    server = await startServer({ port: 0, db: await postgres!.createDatabase() });
  });
  after(async () => {
    await server?.close();
    await postgres?.stop();
  });

  test('documents can be ingested, read, traced, searched and clustered', () =>
    checkDocumentsRoundTrip((method, route, body, type) => callApi(server!.url, method, route, body, type)));
});
