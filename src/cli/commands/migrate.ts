/**
 * @module cli/commands/migrate
 * `newstrace migrate`: creates or upgrades the store schema explicitly (every command also does it
 * on start), e.g. before starting many workers or from a deployment step.
 */
import { isPostgresTarget, resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' } } as const;
const USAGE = 'Usage: newstrace migrate [--db FILE|postgres://…] [--json]';

const HELP = `${USAGE}

Create the index schema, or bring it up to this version's. Safe to run any number of times and from
several processes at once (PostgreSQL migrations take an advisory lock and run in one transaction).
Refuses an index built with another fingerprint scheme (exit 3).

Options:
  --db TARGET   a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  --json        print {"store", "kind", "applied"} as JSON
  -h, --help    show this help
`;

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'create or upgrade the store schema',
  help: HELP,
  run: (argv, io) => withUsage(io, 'migrate', USAGE, async () => {
    const { values } = parseCommandArgs(argv, OPTIONS, { min: 0, max: 0, names: 'no arguments' });
    const target = resolveStoreTarget(values.db, io.env, io.cwd);
    let report: { store: string; kind: string; applied: number[] };
    if (isPostgresTarget(target)) {
      const { PostgresStore } = await import('../../store/postgres/postgres-store.js');
      const store = new PostgresStore(target);
      try {
        report = { store: store.label, kind: store.kind, applied: await store.applyMigrations() };
      } finally {
        await store.close();
      }
    } else {
      // SQLite has one schema version, created or checked on open.
      await withStore(target, async () => undefined);
      report = { store: target, kind: 'sqlite', applied: [] };
    }
    if (values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
    else io.stdout.write(`newstrace migrate: ${report.kind} index at ${report.store} is up to date${report.applied.length ? ` (applied ${report.applied.join(', ')})` : ''}\n`);
    return EXIT.ok;
  }),
};
