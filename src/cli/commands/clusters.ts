/**
 * @module cli/commands/clusters
 * `newstrace clusters`: the stored stories with why their members are together and their
 * derived-from graphs.
 */
import { NewstraceError } from '../../core/errors.js';
import { clusters, clustersToDot, type Cluster } from '../../corpus/index.js';
import { DEFAULT_STORY_LIMIT } from '../../story-index/read-stories.js';
import { resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' }, 'min-size': { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } } as const;
const USAGE = 'Usage: newstrace clusters [--db FILE|postgres://…] [--json] [--min-size N] [--limit N] [--format text|json|dot]';

const HELP = `${USAGE}

Show the stories of the index: documents reporting one event, grouped as they were ingested (each
joins the story it matches as a whole, on shared names, numbers and rare terms, or as reuse of a
member). Each story has a "why together" line, each member why it is there, and the derived-from
links between members with the earliest origin by publication date.

Options:
  --min-size N     smallest cluster shown (default 2)
  --limit N        how many of the largest stories are shown (default 100)
  --format FORMAT  text (default), json (as --json), or dot (Graphviz: newstrace clusters --format dot | dot -Tsvg)
  --json           print {"clusters": [{"id", "documents": [id…], "origin": id|null, "why", "title",
                   "firstSeen", "lastSeen", "topNames", "topTerms", "members": [{"id", "why", …}],
                   "edges": [{"from": sourceId, "to": derivativeId, "relation", "score"}]}]}
  --db TARGET      a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  -h, --help       show this help

Exit codes: 0 ok, 2 usage error, 3 no index at --db (none is created).
`;

function render(list: readonly Cluster[]): string {
  if (list.length === 0) return 'No stories of that size yet: ingest related articles first.\n';
  const lines: string[] = [];
  for (const c of list) {
    lines.push(`${c.id}: ${c.title ?? '(untitled)'} — ${c.documents.length} documents, origin ${c.origin ?? 'unknown'}`);
    lines.push(`  why together: ${c.why}`);
    for (const m of c.members) lines.push(`  ${m.id}: ${m.why}`);
    for (const e of c.edges) lines.push(`  ${e.from} -> ${e.to}  ${e.relation} ${e.score.toFixed(2)}`);
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
    const limit = values.limit === undefined ? DEFAULT_STORY_LIMIT : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new NewstraceError('usage', `--limit needs a positive whole number, got '${values.limit}'`);
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (!['text', 'json', 'dot'].includes(format)) throw new NewstraceError('usage', `--format must be text, json or dot, got '${format}'`);
    const result = await withStore(resolveStoreTarget(values.db, io.env, io.cwd), (store) => clusters(store, { minSize, limit }), { mustExist: true });
    io.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : format === 'dot' ? clustersToDot(result.clusters) : render(result.clusters));
    return EXIT.ok;
  }),
};
