/**
 * @module cli/commands/clusters
 * `newstrace clusters`: story clusters over the whole index with their derived-from graphs.
 */
import { NewstraceError } from '../../core/errors.js';
import { clusters, clustersToDot, type Cluster } from '../../corpus/index.js';
import { resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' }, 'min-size': { type: 'string' }, format: { type: 'string' } } as const;
const USAGE = 'Usage: newstrace clusters [--db FILE|postgres://…] [--json] [--min-size N] [--format text|json|dot]';

const HELP = `${USAGE}

Group the index into story clusters (documents linked by verified derived-from or same-story links)
and show inside each the directed derived-from graph and its earliest origin: by publication date
when known, else by content evidence (the text the others derive from).

Options:
  --min-size N     smallest cluster shown (default 2)
  --format FORMAT  text (default), json (as --json), or dot (Graphviz: newstrace clusters --format dot | dot -Tsvg)
  --json           print {"clusters": [{"id", "documents": [id…], "origin": id|null,
                   "edges": [{"from": sourceId, "to": derivativeId, "relation", "score"}]}]}
  --db TARGET      a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  -h, --help       show this help

Exit codes: 0 ok, 2 usage error, 3 no index at --db (none is created).
`;

function render(list: readonly Cluster[]): string {
  if (list.length === 0) return 'No clusters: no verified links between stored documents yet.\n';
  const lines: string[] = [];
  for (const c of list) {
    lines.push(`${c.id}: ${c.documents.length} documents, origin ${c.origin ?? 'unknown'}`);
    for (const e of c.edges) lines.push(`  ${e.from} -> ${e.to}  ${e.relation} ${e.score.toFixed(2)}`);
    const linked = new Set(c.edges.flatMap((e) => [e.from, e.to]));
    const rest = c.documents.filter((d) => !linked.has(d));
    if (rest.length) lines.push(`  same story: ${rest.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const clustersCommand: Command = {
  name: 'clusters',
  summary: 'story clusters with their derived-from graphs',
  help: HELP,
  run: (argv, io) => withUsage(io, 'clusters', USAGE, async () => {
    const { values } = parseCommandArgs(argv, OPTIONS, { min: 0, max: 0, names: 'no arguments' });
    const minSize = values['min-size'] === undefined ? 2 : Number(values['min-size']);
    if (!Number.isInteger(minSize) || minSize < 1) throw new NewstraceError('usage', `--min-size needs a positive whole number, got '${values['min-size']}'`);
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (!['text', 'json', 'dot'].includes(format)) throw new NewstraceError('usage', `--format must be text, json or dot, got '${format}'`);
    const result = await withStore(resolveStoreTarget(values.db, io.env, io.cwd), (store) => clusters(store, { minSize }), { mustExist: true });
    io.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : format === 'dot' ? clustersToDot(result.clusters) : render(result.clusters));
    return EXIT.ok;
  }),
};
