/**
 * @module cli/commands/show
 * `newstrace show ID`: one stored document, metadata and clean text.
 */
import { NewstraceError } from '../../core/errors.js';
import { resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' } } as const;
const USAGE = 'Usage: newstrace show ID [--db FILE|postgres://…] [--json]';

const HELP = `${USAGE}

Print one stored document: its id, origin (path, url, outlet), publication date, title, language,
content hash, when it was ingested, and its clean text.

Options:
  --db TARGET   a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  --json        print the stored document as JSON (id, path, url, outlet, published, title,
                language, text, contentHash, ingestedAt)
  -h, --help    show this help

Exit codes: 0 ok, 2 usage error, 3 no document with that id, or no index at --db (none is created).
`;

export const showCommand: Command = {
  name: 'show',
  summary: 'print one stored document',
  help: HELP,
  run: (argv, io) => withUsage(io, 'show', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 1, max: 1, names: 'ID' });
    const id = positionals[0]!;
    const doc = await withStore(resolveStoreTarget(values.db, io.env, io.cwd), (store) => store.getDocument(id), { mustExist: true });
    if (!doc) throw new NewstraceError('not_found', `no document with id '${id}' in the index`);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(doc)}\n`);
      return EXIT.ok;
    }
    const fields = ['path', 'url', 'outlet', 'published', 'title', 'language', 'contentHash', 'ingestedAt'] as const;
    const meta = fields.filter((f) => doc[f] !== null).map((f) => `${f}: ${doc[f]}`);
    io.stdout.write(`id: ${doc.id}\n${meta.join('\n')}\n\n${doc.text}\n`);
    return EXIT.ok;
  }),
};
