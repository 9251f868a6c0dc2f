/**
 * @module scripts/bench-serve
 * A bounded loopback load test of `newstrace serve` (the dist/ build, in its own process) with
 * autocannon: p50/p99 latency of /api/health and of /api/compare on the example pair at 4-way
 * concurrency, first on an idle server, then while large compares (about 19,000 words a side, just
 * inside the default word limit) run back to back. Only 127.0.0.1; every run is capped in requests and seconds.
 * `scripts/bench.ts` calls `benchServe()`; run alone it prints the figures.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largePair } from '../src/server/test-support/fixtures.js';
import type { BenchResult } from './bench-compare.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 4;
const SECONDS = 15;
const MAX_REQUESTS = { health: 20_000, compare: 400 };

async function startServe(db: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/newstrace.js'), 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) ok(found[0]);
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
  });
  return { url, stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) };
}

/** One run, ended by whichever comes first: its request count or SECONDS (autocannon's `amount` overrides its `duration`). */
function load(url: string, route: 'health' | 'compare', body: string): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    const options = {
      url: `${url}/api/${route}`,
      connections: CONNECTIONS,
      amount: MAX_REQUESTS[route],
      timeout: 60,
      ...(route === 'compare' ? { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body } : {}),
    };
    const run = autocannon(options, (error, result) => {
      clearTimeout(timer);
      if (error) fail(error);
      else done(result);
    });
    const timer = setTimeout(() => run.stop(), SECONDS * 1000);
  });
}

/** Large compares one after another until `stop()`; counts those answered. */
function backgroundCompares(url: string) {
  const body = JSON.stringify(largePair(50));
  let running = true;
  let answered = 0;
  const statuses = new Set<number>();
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${url}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.arrayBuffer();
      statuses.add(response.status);
      if (running) answered++;
      if (performance.now() - started < 50) break; // refused at once: nothing to measure beside
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { answered, statuses: [...statuses] };
    },
  };
}

export async function benchServe(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-serve-'));
  const server = await startServe(join(dir, 'serve.db'));
  const pair = JSON.stringify({
    source: readFileSync(join(ROOT, 'examples/original.txt'), 'utf8'),
    derivative: readFileSync(join(ROOT, 'examples/rewrite.txt'), 'utf8'),
  });
  const results: BenchResult[] = [];
  const record = (label: string, r: autocannon.Result) => {
    for (const [name, value] of [['p50', r.latency.p50], ['p99', r.latency.p99], ['max', r.latency.max]] as const) {
      results.push({ name: `${label} ${name}`, value, unit: 'ms' });
    }
    const failed = r.non2xx + r.errors + r.timeouts;
    results.push({ name: `${label} requests (${failed} failed)`, value: r.requests.total, unit: `in ${(r.duration).toFixed(0)} s` });
  };
  try {
    await load(server.url, 'compare', pair); // warm the worker threads
    record('idle: health', await load(server.url, 'health', pair));
    record('idle: compare (example pair)', await load(server.url, 'compare', pair));
    const large = backgroundCompares(server.url);
    record('large compare running: health', await load(server.url, 'health', pair));
    record('large compare running: compare (example pair)', await load(server.url, 'compare', pair));
    const { answered, statuses } = await large.stop();
    results.push({ name: `large compares answered meanwhile (status ${statuses.join(', ')})`, value: answered, unit: '' });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`serve under load (${CONNECTIONS} connections, ${SECONDS} s or ${MAX_REQUESTS.health}/${MAX_REQUESTS.compare} requests per run, loopback):`);
  for (const r of await benchServe()) console.log(`  ${r.name}: ${r.value.toFixed(r.unit === 'ms' ? 1 : 0)} ${r.unit}`);
}
