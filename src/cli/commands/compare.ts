/**
 * @module cli/commands/compare
 * `newstrace compare SOURCE DERIVATIVE`: reads both inputs (files or stdin), compares them and
 * prints the report as text, JSON or an HTML page. The pipeline is injected so tests can run the
 * command on a hand-built report.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Extracted } from '../../core/types.js';
import { NewstraceError } from '../../core/errors.js';
import type { CompareReport } from '../../report/compare-report.js';
import { renderHtml } from '../../report/render-html.js';
import { renderTerminal } from '../../report/render-terminal.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { useColor } from '../color.js';
import { EXIT, type CliIO, type Command } from '../io.js';

/** What the command needs from the pipeline. */
export interface ComparePipeline {
  /** Reads and extracts one input; `-` reads `stdin`. */
  read(path: string, stdin: NodeJS.ReadableStream): Promise<Extracted>;
  compare(source: Extracted, derivative: Extracted, labels: { sourceLabel: string; derivativeLabel: string }): CompareReport;
}

const FAIL_STATUSES = ['changed', 'unsupported', 'dropped'] as const;
type FailStatus = (typeof FAIL_STATUSES)[number];

const OPTIONS = {
  json: { type: 'boolean' },
  html: { type: 'string' },
  verbose: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'fail-on': { type: 'string' },
} as const;

const USAGE = `Usage: newstrace compare SOURCE DERIVATIVE [--json] [--html FILE] [--verbose] [--no-color]
                         [--fail-on changed,unsupported,dropped]`;

export const COMPARE_HELP = `${USAGE}

Compare a news text (SOURCE) with a retelling of it (DERIVATIVE): how much of each comes from the
other, which passages were copied, paraphrased, added or dropped, and which facts (names, numbers,
money, dates, quotes, attributions) the retelling changed, dropped, or added without support.

Arguments:
  SOURCE, DERIVATIVE  files of plain text or saved HTML pages (the format is detected);
                      \`-\` reads one of the two from standard input

Options:
  --json              print the report as JSON instead of text (fields: source, derivative,
                      verdict, scores, passages, facts, summary)
  --html FILE         also write a self-contained HTML page with the two texts side by side
  --verbose           list every passage and the kept facts too
  --no-color          plain text (colour is used only on a terminal; NO_COLOR and FORCE_COLOR
                      are respected)
  --fail-on LIST      exit with 1 when facts of these statuses are found: any of
                      changed,unsupported,dropped, or all
  -h, --help          show this help

Exit codes:
  0  compared; findings alone are not a failure
  1  facts of a --fail-on status were found, or the HTML file could not be written
  2  usage error: missing argument, unknown option, bad --fail-on value
  3  an input is unreadable or invalid (missing, empty, binary, too large, undecodable)

Examples:
  newstrace compare examples/original.txt examples/rewrite.txt
  newstrace compare examples/original.html examples/rewrite.txt --html report.html
  cat story.txt | newstrace compare - rewrite.txt --json --fail-on unsupported,changed
`;

export function createCompareCommand(loadPipeline: () => Promise<ComparePipeline>): Command {
  return {
    name: 'compare',
    summary: 'compare a source and a derivative: scores, reuse class, alignment, fact audit',
    help: COMPARE_HELP,
    run: (argv, io) => withUsage(io, 'compare', USAGE, async () => {
      const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 2, max: 2, names: ['SOURCE', 'DERIVATIVE'] });
      const [sourcePath, derivativePath] = positionals;
      if (sourcePath === '-' && derivativePath === '-') throw new NewstraceError('usage', 'only one of SOURCE and DERIVATIVE can be read from stdin (-)');
      const failOn = parseFailOn(values['fail-on']);
      const pipeline = await loadPipeline();
      const read = (path: string) => pipeline.read(path === '-' ? path : resolve(io.cwd, path), io.stdin);
      const source = await read(sourcePath);
      const derivative = await read(derivativePath);
      const label = (path: string) => (path === '-' ? 'stdin' : path);
      const report = pipeline.compare(source, derivative, { sourceLabel: label(sourcePath), derivativeLabel: label(derivativePath) });
      const htmlPath = values.html === undefined ? null : await writeHtml(report, values.html, io);
      if (htmlPath === false) return EXIT.failure;
      if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        const color = useColor(io.stdout, io.env, values['no-color'] === true);
        const width = (io.stdout as { columns?: number }).columns;
        io.stdout.write(renderTerminal(report, { color, width, verbose: values.verbose === true }));
      }
      // On stderr when stdout carries JSON, so the JSON stays parseable.
      if (htmlPath) (values.json ? io.stderr : io.stdout).write(`HTML report written to ${htmlPath}\n`);
      const found = failOn.flatMap((status) => {
        const n = report.facts.filter((f) => f.status === status).length;
        return n > 0 ? [`${n} ${status}`] : [];
      });
      if (found.length === 0) return EXIT.ok;
      io.stderr.write(`newstrace compare: failing on ${found.join(', ')} (--fail-on ${failOn.join(',')})\n`);
      return EXIT.failure;
    }),
  };
}

function parseFailOn(value: string | undefined): FailStatus[] {
  if (value === undefined) return [];
  const items = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.includes('all')) return [...FAIL_STATUSES];
  const bad = items.filter((s) => !(FAIL_STATUSES as readonly string[]).includes(s));
  if (bad.length > 0 || items.length === 0) {
    throw new NewstraceError('usage', `--fail-on takes ${FAIL_STATUSES.join(', ')} or all (got '${bad.join(',') || value}')`);
  }
  return items as FailStatus[];
}

/** Writes the page before anything is printed, so a bad path fails early. The absolute path, or false. */
async function writeHtml(report: CompareReport, file: string, io: CliIO): Promise<string | false> {
  const path = resolve(io.cwd, file);
  try {
    await writeFile(path, renderHtml(report), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    io.stderr.write(`newstrace compare: ${file}: cannot write the HTML report (${reason})\n`);
    return false;
  }
  return path;
}

export const compareCommand: Command = createCompareCommand(async () => (await import('../compare-pipeline.js')).comparePipeline);
