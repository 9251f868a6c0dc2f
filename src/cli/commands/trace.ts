/**
 * @module cli/commands/trace
 * `newstrace trace (ID | --file PATH)`: a document's likely sources and derivatives in the index.
 */
import { resolve } from 'node:path';
import { NewstraceError } from '../../core/errors.js';
import { percent } from '../../core/format.js';
import { readDocumentFile } from '../../extract/index.js';
import { trace, type TraceEntry, type TraceResult } from '../../corpus/index.js';
import { resolveStoreTarget, withStore } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, file: { type: 'string' } } as const;
const USAGE = 'Usage: newstrace trace (ID | --file PATH) [--db FILE|postgres://…] [--json] [--limit N]';

const HELP = `${USAGE}

List a document's likely sources and derivatives in the index, ranked by strength of evidence (the
share of the traced text the other explains, then the score; the direction is shown, never ranked
on): each with its relation (copy, light-rewrite, heavy-rewrite, partial-copy, same-story), role,
how much of each text the other covers, the number of aligned passages and the first facts that differ.

Arguments:
  ID             a stored document's id (see \`ingest\`: the JSONL id or the path below the root)

Options:
  --file PATH    trace a text that is not in the index (plain text or a saved HTML page)
  --limit N      at most N related documents (default 10)
  --db TARGET    a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  --json         print {"document": {...}, "related": [{"id", "path", "url", "outlet", "published",
                 "title", "role": "source"|"derivative"|"related", "relation", "score",
                 "sourceCoverage", "derivativeCoverage", "explained", "evidence": "aligned"|"estimated",
                 "passages", "firstFacts"}]}
  -h, --help     show this help

Exit codes: 0 ok (also when nothing related is found), 2 usage error, 3 unknown id, unreadable file
or no index at --db (none is created).

Examples:
  newstrace trace rewrite.txt
  newstrace trace --file today/story.html --json
`;

const ROLE_LABEL = { source: 'source', derivative: 'derivative', related: 'related (same story, or direction unknown)' } as const;

function entryLines(e: TraceEntry, rank: number): string[] {
  const where = e.url ?? e.path ?? '';
  const head = `  ${rank}. ${e.id}  ${ROLE_LABEL[e.role]}  ${e.relation}  explains ${percent(e.explained)}  score ${e.score.toFixed(2)}` +
    `  coverage source ${percent(e.sourceCoverage)} / derivative ${percent(e.derivativeCoverage)}${e.evidence === 'estimated' ? '  (estimated from shared keys)' : ''}` +
    `${e.passages === undefined ? '' : `  ${e.passages} passages`}`;
  const meta = [e.title && `"${e.title}"`, e.outlet, e.published, where !== e.id ? where : null].filter(Boolean).join(' · ');
  const facts = (e.firstFacts ?? []).map((f) => `      ${f.status} ${f.type}: ${f.note}`);
  return [head, ...(meta ? [`      ${meta}`] : []), ...facts];
}

/** One list in the order of the evidence: the role is shown on each entry, never used to rank. */
function render(result: TraceResult): string {
  const d = result.document;
  const lines = [`${d.id ?? '(outside text)'}${d.title ? `  "${d.title}"` : ''}`];
  if (result.related.length === 0) lines.push('', 'No sources, derivatives or same-story documents found in the index.');
  else lines.push('', 'Related documents, strongest evidence first:', ...result.related.flatMap((e, i) => entryLines(e, i + 1)));
  return `${lines.join('\n')}\n`;
}

export const traceCommand: Command = {
  name: 'trace',
  summary: "a document's likely sources and derivatives in the index",
  help: HELP,
  run: (argv, io) => withUsage(io, 'trace', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 0, max: 1, names: 'ID or --file PATH' });
    if ((positionals.length === 1) === (values.file !== undefined)) throw new NewstraceError('usage', 'give either an ID or --file PATH');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new NewstraceError('usage', `--limit needs a positive whole number, got '${values.limit}'`);
    const target = values.file === undefined ? positionals[0]! : await readDocumentFile(resolve(io.cwd, values.file));
    const result = await withStore(resolveStoreTarget(values.db, io.env, io.cwd), (store) => trace(store, target, { limit }), { mustExist: true });
    io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : render(result));
    return EXIT.ok;
  }),
};
