import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test, type TestContext } from 'node:test';
import { repoRoot } from '../../server/static-files.js';
import { largePair, tempDir } from '../../server/test-support/fixtures.js';
import type { CliIO } from '../io.js';
import { serveCommand } from './serve.js';

function captureIO(): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: process.cwd(), out: () => out, err: () => err };
}

test('serve refuses a bad port or stray arguments as usage errors', async () => {
  for (const argv of [['--port', 'http'], ['--port', '70000'], ['extra'], ['--max-body', '0'], ['--max-words', '1.5'], ['--time-budget', 'soon'], ['--workers', '0']]) {
    const io = captureIO();
    assert.equal(await serveCommand.run(argv, io), 2, argv.join(' '));
    assert.match(io.err(), /newstrace serve: .*\n\nUsage: newstrace serve/);
  }
});

/** `newstrace serve` from the installed bin (so from dist/), once it prints the URL it answers on. */
async function spawnServe(t: TestContext, args: string[]) {
  const tmp = tempDir('newstrace-serve');
  t.after(tmp.remove);
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newstrace.js'), 'serve', '--port', '0', '--db', tmp.db, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill('SIGKILL'));
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const found = out.match(/http:\/\/[^\s/]+:\d+/);
      if (found) resolve(found[0]);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { child, url, exited, err: () => err, out: () => out };
}

test('newstrace serve prints its URL, says when its index is new, answers on it, and warns when not on loopback', async (t) => {
  const { url, err, out } = await spawnServe(t, ['--host', '0.0.0.0']);
  assert.match(err(), /warning: listening on 0\.0\.0\.0, not loopback/);
  assert.match(out(), /index: .*\.db, new and empty;/, 'a missing index is created, and said to be');
  const base = url.replace('0.0.0.0', '127.0.0.1');
  const health = await (await fetch(`${base}/api/health`)).json();
  assert.equal(health.status, 'ok');
  assert.equal(health.store, 'sqlite');
  // The UI, and the marked-text bundle it shares with the report, are found from the installed bin too.
  assert.match(await (await fetch(`${base}/`)).text(), /<script type="module" src="\/js\/main.js">/);
  assert.equal((await fetch(`${base}/lib/marked-text.js`)).status, 200);
});

test('serve binds to loopback by default and says so', async (t) => {
  const { url, err } = await spawnServe(t, []);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.doesNotMatch(err(), /warning/);
});

test('SIGTERM ends serve within 2 s even in the middle of a large compare', async (t) => {
  const { child, url, exited } = await spawnServe(t, ['--max-words', '100000']);
  // About 45,000 words a side, the limit raised to let them in: many seconds of alignment anywhere.
  const compare = fetch(`${url}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(largePair(120)) });
  compare.catch(() => undefined);
  assert.equal((await fetch(`${url}/api/health`)).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.now();
  child.kill('SIGTERM');
  const code = await exited;
  const seconds = (performance.now() - started) / 1000;
  assert.equal(code, 0);
  assert.ok(seconds < 2, `serve took ${seconds.toFixed(1)} s to stop`);
  await assert.rejects(compare, 'the compare was cut off, not answered');
});
