/**
 * @module cli/commands/serve
 * `newstrace serve`: the HTTP API and web UI over one index, until interrupted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { NewstraceError } from '../../core/errors.js';
import { isPostgresTarget, storeTarget } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  'max-body': { type: 'string' },
} as const;

const USAGE = 'Usage: newstrace serve [--port 8080] [--host 127.0.0.1] [--db FILE|URL] [--max-body BYTES]';

const HELP = `${USAGE}

Serve the web UI (Compare, Library, Stories) and the JSON API on one port.

Options:
  --port N          port to listen on (default 8080; 0 picks a free one)
  --host HOST       address to bind (default 127.0.0.1). Anything but loopback makes the index
                    and the compare endpoint reachable from the network, with no authentication
  --db FILE|URL     the index: a SQLite file, or a postgres:// URL (default: NEWSTRACE_DB, else
                    newstrace.db in the current directory). A missing SQLite file is created
                    (POST /api/documents fills it) and the start-up line says it is new and empty
  --max-body BYTES  largest accepted request body (default 5242880 = 5 MB)
  -h, --help        show this help

API (JSON; the full description is at /api/openapi.json):
  POST /api/compare               {source, derivative} texts or HTML -> same report as compare --json
  POST /api/documents             one article, an array, or {documents: [...]} -> ingest
  GET  /api/documents/ID          one stored document
  GET  /api/documents/ID/trace    its likely sources and derivatives
  GET  /api/clusters              story clusters with derived-from graphs
  GET  /api/search?q=TEXT         full-text search over titles and texts
  GET  /api/health                liveness and index size

Examples:
  newstrace serve
  newstrace serve --db news.db --port 3000
`;

function parsePort(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new NewstraceError('usage', `${name} takes a port number 0-65535 (got '${value}')`);
  return n;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'HTTP API and web UI',
  help: HELP,
  run: (argv, io) =>
    withUsage(io, 'serve', USAGE, async () => {
      const { values } = parseCommandArgs(argv, OPTIONS, { min: 0, max: 0, names: '' });
      const port = parsePort(values.port, '--port', 8080);
      const maxBody = values['max-body'] === undefined ? undefined : Number(values['max-body']);
      if (maxBody !== undefined && !(Number.isSafeInteger(maxBody) && maxBody > 0)) {
        throw new NewstraceError('usage', `--max-body takes a positive number of bytes (got '${values['max-body']}')`);
      }
      const host = values.host ?? '127.0.0.1';
      const target = storeTarget(values.db, io.env);
      const db = isPostgresTarget(target) ? target : resolve(io.cwd, target);
      const { startServer, isLoopback } = await import('../../server/start-server.js');
      if (!isLoopback(host)) {
        io.stderr.write(`newstrace serve: warning: listening on ${host}, not loopback: anyone who can reach this address can read the index and add to it\n`);
      }
      // Unlike the read-only commands, serve takes documents, so it may start on an empty index; it
      // says so, which a mistyped --db would otherwise hide behind an empty library.
      const fresh = !isPostgresTarget(db) && !existsSync(db);
      const server = await startServer({ host, port, db, maxBodyBytes: maxBody });
      // The URL, not the PostgreSQL target: that may hold a password.
      const index = isPostgresTarget(db) ? 'PostgreSQL' : `${db}${fresh ? ', new and empty' : ''}`;
      io.stdout.write(`newstrace serve: ${server.url}/ (index: ${index}; Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      return EXIT.ok;
    }),
};
