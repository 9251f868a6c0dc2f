// The CI accuracy gate: runs the quick evaluation in-process and fails when a figure falls more than
// 2 points below the committed eval-baseline.json. Skips when the shared data folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBaseline, regressions } from './baseline.js';
import { defaultDataDir } from './data/locate.js';
import { registeredSuites, runSuites } from './run-suites.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = defaultDataDir(repoRoot);
const baseline = readBaseline(join(repoRoot, 'eval-baseline.json'));
const skip = !existsSync(dataDir)
  ? `shared data not found at ${dataDir}; the accuracy gate needs ../shared/data`
  : !baseline
    ? 'no eval-baseline.json yet; write one with `npm run eval -- --quick --write-baseline`'
    : false;

test('quick evaluation stays within 2 points of the committed baseline', { skip, timeout: 600_000 }, async () => {
  const messages: string[] = [];
  const { results } = await runSuites(registeredSuites(), { dataDir, quick: true, log: (m) => void messages.push(m) });
  const problems = regressions(results, baseline?.figures ?? {});
  assert.deepEqual(problems, [], `figures dropped below eval-baseline.json (refresh deliberately with npm run eval -- --quick --write-baseline):\n${problems.join('\n')}`);
});
