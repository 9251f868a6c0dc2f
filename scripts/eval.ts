// `npm run eval [-- --quick] [--only NAME[,NAME]] [--write-baseline] [--data DIR]`: runs every
// evaluation suite on the public data in ../shared/data, prints one table, writes eval-results.json.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBaseline, regressions, updatedBaseline } from '../src/eval/baseline.js';
import { defaultDataDir } from '../src/eval/data/locate.js';
import { resultsTable } from '../src/eval/results-table.js';
import { registeredSuites, runSuites, selectSuites } from '../src/eval/run-suites.js';
import type { EvalSuite } from '../src/eval/suite.js';

const HELP = `Usage: npm run eval -- [--quick] [--only NAME[,NAME]] [--write-baseline] [--data DIR]
  --quick           small deterministic subset (the CI gate runs this)
  --only            run only these suites (names or name prefixes)
  --write-baseline  with --quick: store the figures in eval-baseline.json (deliberate refresh)
  --data DIR        data folder (default ../shared/data beside the repository)
Writes eval-results.json; lists figures more than 2 points below the quick baseline.`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'write-baseline': { type: 'boolean', default: false },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values['write-baseline'] && !values.quick) {
  console.error('eval: --write-baseline only makes sense with --quick (the baseline holds quick-mode figures)');
  process.exit(2);
}

const dataDir = values.data ? resolve(values.data) : defaultDataDir(repoRoot);
let suites: EvalSuite[];
try {
  suites = selectSuites(registeredSuites(), values.only);
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const log = (message: string): void => void process.stderr.write(`${message}\n`);
log(`eval: ${values.quick ? 'quick' : 'full'} run of ${suites.map((s) => s.name).join(', ')} on ${dataDir}`);
const { results, skipped } = await runSuites(suites, { dataDir, quick: values.quick, log });

const baselinePath = join(repoRoot, 'eval-baseline.json');
const baseline = readBaseline(baselinePath);
console.log(resultsTable(results, values.quick ? baseline?.figures : {}));
for (const r of results) for (const note of r.notes) console.log(`  ${r.name}: ${note}`);
if (skipped.length > 0) console.log(`skipped (data absent): ${skipped.join(', ')}`);

const written = new Date().toISOString();
writeFileSync(join(repoRoot, 'eval-results.json'), `${JSON.stringify({ mode: values.quick ? 'quick' : 'full', written, dataDir, results, skipped }, null, 2)}\n`);
log('eval: wrote eval-results.json');
if (values['write-baseline']) {
  writeFileSync(baselinePath, `${JSON.stringify(updatedBaseline(baseline, results, written), null, 2)}\n`);
  log('eval: wrote eval-baseline.json');
} else if (values.quick && baseline) {
  const problems = regressions(results, baseline.figures);
  for (const p of problems) log(`eval: REGRESSION ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}
