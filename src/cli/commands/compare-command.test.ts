import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extracted } from '../../core/types.js';
import { sampleReport } from '../../report/test-support/sample-report.js';
import { captureIO } from '../test-support/capture-io.js';
import { createCompareCommand, type ComparePipeline } from './compare.js';

// The command alone, over a fake pipeline that returns the hand-built report: option handling,
// output modes and exit codes, independent of the comparison stages.
function extracted(text: string): Extracted {
  return { format: 'text', title: null, byline: null, published: null, declaredLanguage: null, siteName: null, url: null, text };
}

function fakeCommand() {
  const calls: { files: string[]; stdin: string[]; labels: unknown[] } = { files: [], stdin: [], labels: [] };
  const pipeline: ComparePipeline = {
    read: async (path, stdin) => {
      if (path !== '-') return calls.files.push(path), extracted(path);
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
      calls.stdin.push(Buffer.concat(chunks).toString('utf8'));
      return extracted('stdin');
    },
    compare: (_s, _d, labels) => (calls.labels.push(labels), sampleReport()),
  };
  return { command: createCompareCommand(async () => pipeline), calls };
}

test('--json prints exactly the report, pretty-printed with two spaces', async () => {
  const { command } = fakeCommand();
  const io = captureIO();
  assert.equal(await command.run(['a.txt', 'b.txt', '--json'], io), 0);
  assert.equal(io.out(), `${JSON.stringify(sampleReport(), null, 2)}\n`);
  assert.equal(io.err(), '');
});

test('text output is plain when not a terminal, coloured on one, and NO_COLOR / --no-color / FORCE_COLOR decide', async () => {
  const cases: [string[], { tty: boolean; env?: NodeJS.ProcessEnv }, boolean][] = [
    [[], { tty: false }, false],
    [[], { tty: true }, true],
    [[], { tty: true, env: { NO_COLOR: '1' } }, false],
    [['--no-color'], { tty: true }, false],
    [[], { tty: false, env: { FORCE_COLOR: '1' } }, true],
  ];
  for (const [flags, options, colored] of cases) {
    const { command } = fakeCommand();
    const io = captureIO(options);
    assert.equal(await command.run(['a.txt', 'b.txt', ...flags], io), 0);
    assert.match(io.out(), /LIGHT REWRITE/);
    assert.equal(io.out().includes('\u001b['), colored, `${flags.join(' ')} ${JSON.stringify(options)}`);
  }
});

test('paths resolve against the working directory and are the labels; - reads stdin', async () => {
  const { command, calls } = fakeCommand();
  const io = captureIO({ cwd: '/data', stdin: 'piped story' });
  assert.equal(await command.run(['-', 'texts/b.txt', '--json'], io), 0);
  assert.deepEqual(calls.files, ['/data/texts/b.txt']);
  assert.deepEqual(calls.stdin, ['piped story']);
  assert.deepEqual(calls.labels, [{ sourceLabel: 'stdin', derivativeLabel: 'texts/b.txt' }]);
});

test('--fail-on exits 1 only when facts of those statuses are present', async () => {
  const run = async (value: string) => fakeCommand().command.run(['a', 'b', '--json', '--fail-on', value], captureIO());
  assert.equal(await run('unsupported'), 1);
  assert.equal(await run('changed,dropped'), 1);
  assert.equal(await run('all'), 1);
  const io = captureIO();
  assert.equal(await fakeCommand().command.run(['a', 'b', '--fail-on', 'unsupported,dropped'], io), 1);
  assert.equal(io.err(), 'newstrace compare: failing on 1 unsupported, 2 dropped (--fail-on unsupported,dropped)\n');
  const { command } = createWithout();
  assert.equal(await command.run(['a', 'b', '--fail-on', 'changed'], captureIO()), 0);
});

function createWithout() {
  const report = sampleReport();
  const keptOnly = { ...report, facts: report.facts.filter((f) => f.status === 'kept') };
  const pipeline: ComparePipeline = { read: async (p) => extracted(p), compare: () => keptOnly };
  return { command: createCompareCommand(async () => pipeline) };
}

test('usage errors exit 2, say what is wrong and show the usage', async () => {
  const cases: [string[], RegExp][] = [
    [[], /missing SOURCE and DERIVATIVE/],
    [['a.txt'], /missing DERIVATIVE\n/],
    [['a', 'b', 'c'], /too many arguments: c/],
    [['a', 'b', '--colour'], /unknown option '--colour'/],
    [['a', 'b', '--html'], /option '--html' needs a value/],
    [['a', 'b', '--fail-on', 'kept'], /--fail-on takes changed, unsupported, dropped or all \(got 'kept'\)/],
    [['-', '-'], /only one of SOURCE and DERIVATIVE can be read from stdin/],
  ];
  for (const [argv, message] of cases) {
    const { command, calls } = fakeCommand();
    const io = captureIO();
    assert.equal(await command.run(argv, io), 2, argv.join(' '));
    assert.match(io.err(), message);
    assert.match(io.err(), /Usage: newstrace compare SOURCE DERIVATIVE/);
    assert.equal(io.out(), '');
    assert.equal(calls.files.length, 0, 'nothing is read after a usage error');
  }
});

test('--html writes the page and says where; with --json it says so on stderr', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newstrace-compare-'));
  const { command } = fakeCommand();
  const io = captureIO({ cwd: dir });
  assert.equal(await command.run(['a', 'b', '--html', 'out.html', '--json'], io), 0);
  const page = await readFile(join(dir, 'out.html'), 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.doesNotThrow(() => JSON.parse(io.out()));
  assert.match(io.err(), /HTML report written to .*out\.html/);
  const text = captureIO({ cwd: dir });
  assert.equal(await fakeCommand().command.run(['a', 'b', '--html', 'again.html'], text), 0);
  assert.match(text.out(), /HTML report written to .*again\.html\n$/);
});

test('an HTML path that cannot be written fails with 1 before printing the report', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newstrace-compare-'));
  await writeFile(join(dir, 'file'), 'x');
  const io = captureIO({ cwd: dir });
  assert.equal(await fakeCommand().command.run(['a', 'b', '--html', 'file/out.html'], io), 1);
  assert.match(io.err(), /file\/out\.html: cannot write the HTML report/);
  assert.equal(io.out(), '');
});
