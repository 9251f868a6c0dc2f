// Runs every *.test.ts under src/ and scripts/ (the bench's own parts) with node's own test runner (TypeScript through tsx), after a
// build so that CLI tests exercise the same dist/ the `newstrace` bin runs.
// Usage: npm test [-- path-filter ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = [...find('src'), ...find('scripts')].sort().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, NEWSTRACE_TEST: '1' },
});
process.exit(run.status ?? 1);
