/**
 * @module cli/commands/copy-index
 * `newstrace copy-index FROM --db TO`: moves a whole index to another store, typically a SQLite file
 * to PostgreSQL when one machine is no longer enough, without analysing or verifying anything again.
 */
import { existsSync } from 'node:fs';
import { NewstraceError } from '../../core/errors.js';
import { copyIndex, type CopyProgress } from '../../store/copy-index.js';
import { isPostgresTarget, resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type CliIO, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' } } as const;
const USAGE = 'Usage: newstrace copy-index FROM [--db FILE|postgres://…] [--json]';

const HELP = `${USAGE}

Copy the index FROM (a SQLite file or a postgres:// URL) into the index named by --db: every document
with its fingerprint keys, then every verified link, then every story with its members. Nothing is
analysed, verified or assigned again, so the target answers trace, clusters and search as the source
did. Documents already in the target are replaced or kept (same text and metadata); an interrupted
copy is completed by running it again. Stories arrive as FROM has them, their key frequencies set to
FROM's: copy into a new index or an earlier copy of the same one, not into an index with stories of
its own. Both indexes must use this version's fingerprint scheme (exit 3 otherwise).

Example (move a SQLite index to PostgreSQL):
  newstrace copy-index newstrace.db --db postgres://newstrace@db.internal/newstrace

Options:
  --db TARGET   the target: a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  --json        print {"documents", "unchanged", "edges", "stories", "seconds"} as JSON
  -h, --help    show this help
`;

function progressLine(io: CliIO): (p: CopyProgress) => void {
  let last = 0;
  return (p) => {
    if (Date.now() - last < 100 && p.documents < p.total) return;
    last = Date.now();
    io.stderr.write(`\r\x1b[2K${p.documents}/${p.total} documents${p.edges ? `, ${p.edges} links` : ''}${p.stories ? `, ${p.stories} stories` : ''}`);
  };
}

export const copyIndexCommand: Command = {
  name: 'copy-index',
  summary: 'copy an index to another store (e.g. SQLite to PostgreSQL) without re-verifying',
  help: HELP,
  run: (argv, io) => withUsage(io, 'copy-index', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 1, max: 1, names: 'FROM' });
    const from = resolveStoreTarget(positionals[0], io.env, io.cwd);
    const to = resolveStoreTarget(values.db, io.env, io.cwd);
    // Opening a missing SQLite file would create an empty index and copy nothing, silently.
    if (!isPostgresTarget(from) && !existsSync(from)) throw new NewstraceError('unreadable_file', 'no index at this path', { path: from });
    if (from === to) throw new NewstraceError('usage', 'FROM and --db name the same index');
    const progress = io.stderr.isTTY && !values.json ? progressLine(io) : undefined;
    const summary = await withStore(from, (source) => withStore(to, (target) => copyIndex(source, target, { onProgress: progress })));
    if (progress) io.stderr.write('\r\x1b[2K');
    if (values.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
    else io.stdout.write(`newstrace copy-index: ${summary.documents} documents (${summary.unchanged} already there), ${summary.edges} links and ${summary.stories} stories copied in ${summary.seconds.toFixed(1)} s\n`);
    return EXIT.ok;
  }),
};
