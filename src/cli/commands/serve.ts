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
  'max-words': { type: 'string' },
  'time-budget': { type: 'string' },
  workers: { type: 'string' },
} as const;

const USAGE = 'Usage: newstrace serve [--port 8080] [--host 127.0.0.1] [--db FILE|URL] [--max-body BYTES] [--max-words N] [--time-budget SECONDS] [--workers N]';

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
  --max-words N     words per text of a compare or an ingested article (default 20000)
  --time-budget S   seconds one compare may take before its worker is stopped (default 20)
  --workers N       worker threads for compares (default: the number of cores, at least 2)
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

/** A positive number of `unit`, or undefined when the option is absent. */
function parsePositive(value: string | undefined, name: string, unit: string, integer = true): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0 && Number.isFinite(n) && (!integer || Number.isSafeInteger(n)))) {
    throw new NewstraceError('usage', `${name} takes a positive number of ${unit} (got '${value}')`);
  }
  return n;
}

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
      const budget = parsePositive(values['time-budget'], '--time-budget', 'seconds', false);
      const limits = {
        maxBodyBytes: parsePositive(values['max-body'], '--max-body', 'bytes'),
        maxWordsPerText: parsePositive(values['max-words'], '--max-words', 'words'),
        compareTimeBudgetMs: budget === undefined ? undefined : budget * 1000,
        compareWorkers: parsePositive(values.workers, '--workers', 'threads'),
      };
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
      const server = await startServer({ host, port, db, limits });
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
