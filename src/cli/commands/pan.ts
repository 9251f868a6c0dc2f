/**
 * @module cli/commands/pan
 * `newstrace pan PAIRS SRC_DIR SUSP_DIR OUT_DIR`: PAN text-alignment detections for every pair of a
 * pairs file, one XML per pair, computed in parallel. Bad lines and missing documents are reported
 * (with the pairs file and line) after the other pairs are done, and the exit code is then 3.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NewstraceError } from '../../core/errors.js';
import { writeDetectionXml } from '../../pan/detection-xml.js';
import { detectionFileName, parsePairsFile } from '../../pan/pairs-file.js';
import { defaultJobs, runPairs, type PairJob, type PairOutcome } from '../../pan/run-pairs.js';
import { parseCommandArgs, withUsage } from '../args.js';
import { EXIT, type Command } from '../io.js';

const OPTIONS = { jobs: { type: 'string' }, json: { type: 'boolean' } } as const;
const USAGE = 'Usage: newstrace pan PAIRS SRC_DIR SUSP_DIR OUT_DIR [--jobs N] [--json]';

const HELP = `${USAGE}

Detect reused passages for every pair of a PAN text-alignment pairs file and write, per pair,
OUT_DIR/suspicious-documentX-source-documentY.xml in the PAN detection format: one
<feature name="detected-plagiarism" this_offset this_length source_reference source_offset
source_length/> per copied or paraphrased passage. Offsets are characters (JS string indices)
of the raw UTF-8 files, so the output can be scored with the official PAN tools.

Arguments:
  PAIRS     file with one "suspicious-documentX.txt source-documentY.txt" per line
  SRC_DIR   folder of the source documents
  SUSP_DIR  folder of the suspicious documents
  OUT_DIR   folder for the XML files (created if needed)

Options:
  --jobs N  worker threads (default: one per core, ${defaultJobs()} here)
  --json    print the summary as JSON (pairs, detections, seconds, pairsPerSecond, problems)
  -h, --help  show this help

Progress goes to stderr on a terminal.
Exit codes: 0 all pairs done; 2 usage error; 3 a bad pairs line, missing document or unreadable
pairs file (every other pair is still processed).

Example:
  newstrace pan ../shared/data/pan13-no-obfuscation-panpc/pairs \\
    ../shared/data/pan13-no-obfuscation-panpc/{src,susp} out/
`;

interface Problem {
  readonly path: string;
  readonly line: number | null;
  readonly message: string;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new NewstraceError('usage', `--jobs needs a whole number of at least 1, got '${value}'`);
  return n;
}

export const panCommand: Command = {
  name: 'pan',
  summary: 'PAN text-alignment detections for a pairs file',
  help: HELP,
  run: (argv, io) =>
    withUsage(io, 'pan', USAGE, async () => {
      const { values, positionals } = parseCommandArgs(argv, OPTIONS, { min: 4, max: 4, names: ['PAIRS', 'SRC_DIR', 'SUSP_DIR', 'OUT_DIR'] });
      const jobs = parseJobs(values.jobs);
      const [pairsPath, sourceDir, suspiciousDir, outDir] = positionals.map((p) => resolve(io.cwd, p));
      if (!existsSync(pairsPath)) throw new NewstraceError('not_found', 'no such pairs file', { path: positionals[0] });
      const parsed = parsePairsFile(readFileSync(pairsPath, 'utf8'), positionals[0]);
      const problems: Problem[] = parsed.problems.map((p) => ({ path: positionals[0], line: p.line ?? null, message: p.message }));
      const work: PairJob[] = [];
      for (const pair of parsed.pairs) {
        const job = { pair, sourcePath: join(sourceDir, pair.source), suspiciousPath: join(suspiciousDir, pair.suspicious) };
        const missing = [job.suspiciousPath, job.sourcePath].filter((p) => !existsSync(p));
        if (missing.length === 0) work.push(job);
        else problems.push({ path: positionals[0], line: pair.line, message: `${positionals[0]}:${pair.line}: document not found: ${missing.join(', ')}` });
      }
      try {
        mkdirSync(outDir, { recursive: true });
      } catch (cause) {
        throw new NewstraceError('unreadable_file', 'cannot create the output folder', { path: positionals[3], cause });
      }
      const started = performance.now();
      let detections = 0;
      let written = 0;
      const progress = io.stderr.isTTY === true;
      const onOutcome = (outcome: PairOutcome, done: number, total: number): void => {
        const report = (message: string): void => void problems.push({ path: positionals[0], line: outcome.pair.line, message: `${positionals[0]}:${outcome.pair.line}: ${message}` });
        if (!outcome.detections) report(outcome.error ?? 'failed');
        else {
          const file = join(outDir, detectionFileName(outcome.pair));
          try {
            writeFileSync(file, writeDetectionXml(outcome.pair.suspicious, outcome.detections));
            detections += outcome.detections.length;
            written++;
          } catch (error) {
            report(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (progress) io.stderr.write(`\rpan: ${done}/${total} pairs, ${detections} detections`);
      };
      await runPairs(work, { jobs, onOutcome });
      if (progress && work.length > 0) io.stderr.write('\n');
      const seconds = (performance.now() - started) / 1000;
      const pairsPerSecond = seconds > 0 ? written / seconds : 0;
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      for (const p of problems) io.stderr.write(`newstrace pan: ${p.message}\n`);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ pairs: parsed.pairs.length, written, detections, seconds, pairsPerSecond, outDir, problems }, null, 2)}\n`);
      } else {
        io.stdout.write(
          `pan: ${written} of ${parsed.pairs.length + parsed.problems.length} pairs written to ${positionals[3]}, ${detections} detections, ` +
            `${seconds.toFixed(1)} s (${pairsPerSecond.toFixed(1)} pairs/s, ${jobs} jobs)` +
            (problems.length > 0 ? `; ${problems.length} problem(s) listed above\n` : '\n'),
        );
      }
      return problems.length > 0 ? EXIT.badInput : EXIT.ok;
    }),
};
