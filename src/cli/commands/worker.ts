/**
 * @module cli/commands/worker
 * `newstrace worker`: indexes the batches that `ingest --queue` put in the PostgreSQL ingest queue.
 * Run as many as the database can take, on as many machines; each stops gracefully on SIGINT/SIGTERM
 * (its unfinished job, if any, is retried by another worker after it expires).
 */
import { NewstraceError } from '../../core/errors.js';
import { runWorker } from '../../queue/run-worker.js';
import { batchIngester, type BatchResult } from '../../queue/ingest-batch.js';
import { isPostgresTarget, storeTarget } from '../../store/create-store.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type CliIO, type Command } from '../io.js';

const OPTIONS = {
  db: { type: 'string' },
  concurrency: { type: 'string' },
  'until-empty': { type: 'boolean' },
  'expire-seconds': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const USAGE = 'Usage: newstrace worker [--db postgres://…] [--concurrency N] [--until-empty] [--expire-seconds S] [--json]';

const HELP = `${USAGE}

Process the ingest queue filled by \`newstrace ingest --queue --db postgres://…\`: each job is one
batch of documents, fingerprinted, verified against the index and stored. Several workers (processes
or machines) can run at once; no document is lost or stored twice, and the job of a worker that dies
is retried by another once it expires.

Options:
  --db URL              the PostgreSQL database (default: NEWSTRACE_DB); must be postgres:// or postgresql://
  --concurrency N       batches processed at once by this worker (default 1; CPU-bound, so about one per core)
  --until-empty         stop when the queue holds no waiting or running job (default: run until stopped)
  --expire-seconds S    a job running longer than this is taken as lost and retried (default 900);
                        set it on the first worker or enqueue, it applies to jobs sent afterwards
  --json                print one JSON line per finished batch, and a final summary
  -h, --help            show this help
`;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new NewstraceError('usage', `${name} must be a positive integer, not '${value}'`);
  return n;
}

/** Each document a batch skipped or replaced, by name: in queue mode the worker is the only one who sees it. */
function reportBatch(io: CliIO, result: BatchResult): void {
  for (const p of result.problems) io.stderr.write(`newstrace worker: skipped ${p.path}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`);
  for (const u of result.updates) io.stderr.write(`newstrace worker: updated ${u.id} (from ${u.origin})\n`);
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'process queued ingest jobs (PostgreSQL)',
  help: HELP,
  run: (argv, io) => withUsage(io, 'worker', USAGE, async () => {
    const { values } = parseCommandArgs(argv, OPTIONS, { min: 0, max: 0, names: 'no arguments' });
    const url = storeTarget(values.db, io.env);
    if (!isPostgresTarget(url)) throw new NewstraceError('usage', 'workers need a PostgreSQL database: --db postgres://… (or NEWSTRACE_DB)');
    const concurrency = positiveInt(values.concurrency, '--concurrency', 1);
    const expireInSeconds = positiveInt(values['expire-seconds'], '--expire-seconds', 900);
    let batches = 0;
    let documents = 0;
    const worker = await runWorker({
      url, concurrency, expireInSeconds, untilEmpty: values['until-empty'] ?? false, process: batchIngester(),
      onBatch: (records, result) => {
        batches += 1;
        documents += records;
        if (values.json) io.stdout.write(`${JSON.stringify({ batch: batches, documents: records, result })}\n`);
        else reportBatch(io, result as BatchResult);
      },
    });
    const stop = () => void worker.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await worker.done;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    if (values.json) io.stdout.write(`${JSON.stringify({ batches, documents })}\n`);
    else io.stderr.write(`newstrace worker: ${batches} batches, ${documents} documents processed\n`);
    return EXIT.ok;
  }),
};
