import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { repoRoot } from '../../server/static-files.js';
import { tempDir } from '../../server/test-support/fixtures.js';
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
  for (const argv of [['--port', 'http'], ['--port', '70000'], ['extra'], ['--max-body', '0']]) {
    const io = captureIO();
    assert.equal(await serveCommand.run(argv, io), 2, argv.join(' '));
    assert.match(io.err(), /newstrace serve: .*\n\nUsage: newstrace serve/);
  }
});

test('newstrace serve prints its URL, says when its index is new, answers on it, and warns when not on loopback', async (t) => {
  const tmp = tempDir('newstrace-serve');
  t.after(tmp.remove);
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newstrace.js'), 'serve', '--port', '0', '--host', '0.0.0.0', '--db', tmp.db], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill('SIGTERM'));
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const found = out.match(/http:\/\/[^\s/]+:\d+/);
      if (found) resolve(found[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  assert.match(err, /warning: listening on 0\.0\.0\.0, not loopback/);
  assert.match(out, /index: .*\.db, new and empty;/, 'a missing index is created, and said to be');
  const base = url.replace('0.0.0.0', '127.0.0.1');
  const health = await (await fetch(`${base}/api/health`)).json();
  assert.equal(health.status, 'ok');
  assert.equal(health.store, 'sqlite');
  // The UI, and the span code it shares with the report, are found from the installed bin too.
  assert.match(await (await fetch(`${base}/`)).text(), /<script type="module" src="\/js\/main.js">/);
  assert.equal((await fetch(`${base}/lib/segment-spans.js`)).status, 200);
});
