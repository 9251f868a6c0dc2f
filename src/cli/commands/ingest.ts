/**
 * @module cli/commands/ingest
 * `newstrace ingest PATH…`: streams folders, JSONL, WARC and feed files into the index, with a
 * progress line on a terminal and a summary naming every skipped file and why.
 */
import { resolve } from 'node:path';
import { NewstraceError } from '../../core/errors.js';
import { ingestPaths } from '../../corpus/ingest-paths.js';
import { ingestPathsInThread } from '../../corpus/ingest-thread.js';
import { defaultThreads } from '../../corpus/prepare-pool.js';
import type { IngestCounts, IngestSummary } from '../../corpus/index.js';
import { countSources, readSources } from '../../ingest/index.js';
import { isPostgresTarget, resolveStoreTarget } from '../../store/create-store.js';
import { redactTarget } from '../../store/redact-target.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type CliIO, type Command } from '../io.js';

const OPTIONS = { db: { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'string' }, threads: { type: 'string' }, queue: { type: 'boolean' }, replace: { type: 'boolean' } } as const;
const USAGE = 'Usage: newstrace ingest PATH… [--db FILE|postgres://…] [--json] [--batch N] [--threads N] [--replace] [--queue]';

const HELP = `${USAGE}

Add news texts to the index: each is cleaned, fingerprinted, checked against the documents already
stored (candidates are verified with the aligner of \`compare\`), and stored with the verified
derived-from and same-story links it has. Ingesting the same input again adds nothing; a run that was
killed is completed by running it again.

Arguments:
  PATH          folders (recursive) of .txt and .html/.htm files; .jsonl files (one article per line:
                id, url, title, text or html, published, outlet, language); .warc/.warc.gz files;
                saved RSS/Atom feeds. Document ids are the JSONL id or feed guid, else the path
                from the folder's name: \`ingest ../shared/seeds\` stores seeds/rewrite.txt (so
                does \`ingest ../shared/seeds/rewrite.txt\`).

Options:
  --db TARGET   a SQLite file or a postgres:// URL (default: NEWSTRACE_DB, else ./newstrace.db)
  --json        print the summary as JSON: read, ingested, updated, unchanged, duplicates, skipped,
                edges, verified (pairs aligned), estimated (near copies linked on their keys),
                updates [{id, origin}], problems [{path, line, reason, code}], seconds, policy (the
                bounds of the work per document), db
  --batch N     documents per transaction (default 500; with --queue, per job: default 50)
  --threads N   worker threads that analyse and fingerprint while another links and writes
                (default: one fewer than the cores for 1 MiB of input or more, else 0: inline).
                With threads, the linking runs on a thread of its own, and a SQLite index's
                stories are assigned on another, one batch behind
  --replace     replace stored documents with other texts read from another file under the same
                id; without it they are kept, and the new ones skipped as id_conflict problems.
                Every replaced document is named in the summary either way
  --queue       enqueue the documents for \`newstrace worker\` instead of indexing them here
                (PostgreSQL only); prints {enqueued, jobs, alreadyQueued, problems} with --json
  -h, --help    show this help

Exit codes:
  0  every document read was ingested (or was there already)
  2  usage error
  3  some input could not be read or was refused: each file is named with its reason, and
     everything else was ingested (run again after fixing them: the rest is not read twice);
     or the index is unusable (e.g. built by another fingerprint scheme)

Examples:
  newstrace ingest ../shared/seeds
  newstrace ingest feeds/ archive.warc.gz articles.jsonl --db monitor.db --json
`;

function wholeNumber(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new NewstraceError('usage', `${option} needs a whole number of at least ${min}, got '${value}'`);
  return n;
}

/** Starting threads costs a few tenths of a second: worth it from about 500 news articles (1 MiB) on. */
const POOL_FROM_BYTES = 1 << 20;

/** A one-line progress display, redrawn at most every 100 ms. */
function progressLine(io: CliIO, expected: number | null): { update(c: IngestCounts): void; done(): void } {
  const started = performance.now();
  let last = 0;
  let shown = false;
  const draw = (c: IngestCounts) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = c.read / Math.max(seconds, 1e-3);
    const eta = expected && c.read < expected && rate > 0 ? ` ETA ${Math.ceil((expected - c.read) / rate)} s` : '';
    const of = expected ? `/${expected}+` : '';
    io.stderr.write(`\r\x1b[2K${c.read}${of} docs, ${rate.toFixed(0)} docs/s, ${c.skipped} skipped${eta}`);
    shown = true;
  };
  return {
    update(c) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      draw(c);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}

/** Updates listed in the text summary; a re-ingest of a whole changed corpus would flood the terminal. */
const MAX_LISTED = 50;

function summaryText(s: IngestSummary, db: string): string {
  const rate = s.read / Math.max(s.seconds, 1e-3);
  const lines = [
    `newstrace ingest: ${s.ingested} new, ${s.updated} updated, ${s.unchanged} unchanged` +
      `${s.duplicates ? ` (${s.duplicates} new ${s.duplicates === 1 ? 'one repeats' : 'ones repeat'} a stored text)` : ''}, ` +
      `${s.skipped} skipped; ${s.edges} links verified; ${s.seconds.toFixed(1)} s (${rate.toFixed(0)} docs/s) into ${db}`,
  ];
  if (s.updates.length) {
    lines.push('updated:');
    for (const u of s.updates.slice(0, MAX_LISTED)) lines.push(`  ${u.id} (from ${u.origin})`);
    if (s.updates.length > MAX_LISTED) lines.push(`  … and ${s.updates.length - MAX_LISTED} more (--json lists them all)`);
  }
  if (s.problems.length) {
    lines.push('skipped:');
    for (const p of s.problems) lines.push(`  ${p.path}${p.line ? `:${p.line}` : ''}: ${p.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Hands the documents to the PostgreSQL job queue; workers index them (see `newstrace worker`). */
async function enqueue(io: CliIO, db: string, paths: string[], batchSize: number | undefined, json: boolean): Promise<number> {
  if (!isPostgresTarget(db)) throw new NewstraceError('usage', '--queue needs a PostgreSQL index: --db postgres://…');
  const { enqueueSources } = await import('../../queue/enqueue-sources.js');
  const q = await enqueueSources(db, readSources(paths), { batchSize });
  if (json) io.stdout.write(`${JSON.stringify(q)}\n`);
  else {
    io.stdout.write(`newstrace ingest: ${q.enqueued} documents queued in ${q.jobs} jobs (${q.alreadyQueued} already queued), ${q.problems.length} skipped\n`);
    for (const p of q.problems) io.stdout.write(`  ${p.path}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`);
  }
  return q.problems.length > 0 ? EXIT.badInput : EXIT.ok;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'add folders, JSONL, WARC or RSS/Atom files to the index',
  help: HELP,
  run: (argv, io) => withUsage(io, 'ingest', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 1, max: Infinity, names: 'PATH (a folder or file to ingest)' });
    const size = wholeNumber('--batch', values.batch, 1);
    const threads = wholeNumber('--threads', values.threads, 0);
    const db = resolveStoreTarget(values.db, io.env, io.cwd);
    // Paths as the caller wrote them (they name files in messages), against the command's cwd.
    const paths = positionals.map((p) => (io.cwd === process.cwd() ? p : resolve(io.cwd, p)));
    if (values.queue && values.replace) throw new NewstraceError('usage', '--replace is not available with --queue');
    if (values.queue) return enqueue(io, db, paths, size, values.json === true);
    const estimate = await countSources(paths);
    const progress = io.stderr.isTTY && !values.json ? progressLine(io, estimate.documentFiles || null) : null;
    const request = { db, paths, threads: threads ?? (estimate.bytes >= POOL_FROM_BYTES ? defaultThreads() : 0), batchSize: size, replace: values.replace === true };
    // An input worth threads is indexed on a thread of its own (see corpus/ingest-thread).
    const run = request.threads > 0 ? ingestPathsInThread : ingestPaths;
    const summary = await run(request, progress ? (c) => progress.update(c) : undefined).finally(() => progress?.done());
    const shown = redactTarget(db);
    if (values.json) io.stdout.write(`${JSON.stringify({ ...summary, db: shown })}\n`);
    else io.stdout.write(summaryText(summary, shown));
    // A skipped file is lost input unless the caller sees it: a script reads the exit code, not the list.
    return summary.read === 0 || summary.problems.length > 0 ? EXIT.badInput : EXIT.ok;
  }),
};
