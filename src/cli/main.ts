/**
 * @module cli/main
 * Dispatches `newstrace COMMAND …` to the command modules, loaded lazily so each call pays only for
 * what it uses.
 */
import { isNewstraceError } from '../core/errors.js';
import { EXIT, defaultIO, type CliIO, type Command } from './io.js';

const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  compare: { summary: 'compare a source and a derivative: scores, reuse class, alignment, fact audit', load: async () => (await import('./commands/compare.js')).compareCommand },
  ingest: { summary: 'add folders, JSONL, WARC or RSS/Atom files to the index', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  trace: { summary: "a document's likely sources and derivatives in the index", load: async () => (await import('./commands/trace.js')).traceCommand },
  clusters: { summary: 'story clusters with their derived-from graphs', load: async () => (await import('./commands/clusters.js')).clustersCommand },
  show: { summary: 'print one stored document', load: async () => (await import('./commands/show.js')).showCommand },
  serve: { summary: 'HTTP API and web UI', load: async () => (await import('./commands/serve.js')).serveCommand },
  pan: { summary: 'PAN text-alignment detections for a pairs file', load: async () => (await import('./commands/pan.js')).panCommand },
  migrate: { summary: 'create or upgrade the store schema', load: async () => (await import('./commands/migrate.js')).migrateCommand },
  'copy-index': { summary: 'copy an index to another store (e.g. SQLite to PostgreSQL) without re-verifying', load: async () => (await import('./commands/copy-index.js')).copyIndexCommand },
  worker: { summary: 'process queued ingest jobs (PostgreSQL)', load: async () => (await import('./commands/worker.js')).workerCommand },
};

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'newstrace: where did this news text come from, what did the retelling change, what did it add?',
    '',
    'Usage: newstrace COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `newstrace COMMAND --help` for the options of one command.',
    'Exit codes: 0 ok, 1 failure, 2 usage error, 3 unreadable or invalid input.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`newstrace: unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isNewstraceError(error)) {
      io.stderr.write(`newstrace ${name}: ${error.message}\n`);
      return error.code === 'usage' ? EXIT.usage : EXIT.badInput;
    }
    throw error;
  }
}
