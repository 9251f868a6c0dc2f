import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../main.js';
import { captureIO } from '../test-support/capture-io.js';

// `newstrace compare` end to end: the built CLI as a real process (what users and CI run) and
// `main()` in-process, on the bundled examples and on small bad inputs written here.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ORIGINAL = 'examples/original.txt';
const REWRITE = 'examples/rewrite.txt';
const RELATIONS = ['copy', 'light-rewrite', 'heavy-rewrite', 'same-story', 'unrelated'];

const runs = new Map<string, { code: number | null; out: string; err: string }>();

/** The built CLI as a process; the same call is run once (processes are the slow part here). */
function cli(args: string[], input?: string) {
  const key = JSON.stringify([args, input]);
  if (!runs.has(key)) {
    const run = spawnSync(process.execPath, ['bin/newstrace.js', 'compare', ...args], { cwd: ROOT, encoding: 'utf8', input });
    runs.set(key, { code: run.status, out: run.stdout, err: run.stderr });
  }
  return runs.get(key)!;
}

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'newstrace-cli-'));
}

const isSpan = (s: unknown) => s === null || (Number.isInteger((s as { start: number }).start) && Number.isInteger((s as { end: number }).end));

test('--json prints the contract: sides, verdict, scores, passages and facts', () => {
  const { code, out, err } = cli([ORIGINAL, REWRITE, '--json']);
  assert.equal(code, 0, err);
  const report = JSON.parse(out);
  for (const side of [report.source, report.derivative]) {
    assert.equal(typeof side.text, 'string');
    assert.equal(typeof side.language, 'string');
    assert.ok(side.title === null || typeof side.title === 'string');
  }
  assert.ok(RELATIONS.includes(report.verdict.relation));
  assert.ok(['source-to-derivative', 'derivative-to-source', 'unknown'].includes(report.verdict.direction));
  assert.ok(report.verdict.explanation.length > 20);
  for (const key of ['sourceCoverage', 'derivativeCoverage', 'similarity']) assert.equal(typeof report.scores[key], 'number');
  assert.ok(report.passages.length > 0);
  for (const p of report.passages) {
    assert.ok(['copied', 'paraphrased', 'added', 'dropped'].includes(p.kind));
    assert.ok(isSpan(p.source) && isSpan(p.derivative) && typeof p.similarity === 'number');
  }
  assert.ok(report.facts.length > 0);
  for (const f of report.facts) {
    assert.ok(['kept', 'changed', 'unsupported', 'dropped'].includes(f.status));
    for (const key of ['type', 'note']) assert.equal(typeof f[key], 'string');
    for (const key of ['source', 'derivative', 'sourceContext', 'derivativeContext']) assert.ok(f[key] === null || typeof f[key] === 'string');
  }
  assert.ok(['light-rewrite', 'heavy-rewrite'].includes(report.verdict.relation), report.verdict.relation);
});

test('the text report shows the verdict and the findings on the examples', () => {
  const { code, out } = cli([ORIGINAL, REWRITE]);
  assert.equal(code, 0);
  assert.match(out, /REWRITE/);
  assert.match(out, /Passages .* copied/);
  assert.match(out, /Facts .* changed/);
  assert.doesNotMatch(out, /\u001b\[/, 'no colour when stdout is a pipe');
});

test('--html writes one escaped page for an HTML input whose title is markup', async () => {
  const dir = await scratch();
  const page = join(dir, 'story.html');
  const story = (await readFile(join(ROOT, ORIGINAL), 'utf8')).split('\n\n').slice(1);
  await writeFile(
    page,
    `<!doctype html><html lang="en"><head><title>&lt;img src=x onerror=alert(1)&gt;</title><script>var x = 1;</script></head>
<body><article><h1>&lt;img src=x onerror=alert(1)&gt;</h1>${story.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
  );
  const out = join(dir, 'report.html');
  const run = cli([page, REWRITE, '--html', out]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /HTML report written to .*report\.html/);
  const html = await readFile(out, 'utf8');
  assert.ok(!html.includes('<img'), 'markup from the input reached the page');
  assert.ok(!html.includes('var x = 1'), 'a script of the input reached the page');
  assert.match(html, /Lindenport/);
});

test('identical inputs are a copy', () => {
  const { code, out } = cli([ORIGINAL, ORIGINAL, '--json']);
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.equal(report.verdict.relation, 'copy');
  assert.ok(report.scores.sourceCoverage > 0.95);
  assert.equal(report.facts.filter((f: { status: string }) => f.status !== 'kept').length, 0);
});

test('unrelated inputs are unrelated or at most the same story', async () => {
  const dir = await scratch();
  const other = join(dir, 'match.txt');
  await writeFile(
    other,
    'Harbour City beat Eastvale 3-1 on Saturday to move top of the league. Striker Mina Osei scored twice before half-time, and the visitors never recovered.\n\n"We were sharp from the first whistle," coach Paolo Brandt said. The two sides meet again in the cup final on May 2.',
  );
  const { code, out } = cli([ORIGINAL, other, '--json']);
  assert.equal(code, 0);
  assert.ok(['unrelated', 'same-story'].includes(JSON.parse(out).verdict.relation));
});

test('- reads the source from stdin', async () => {
  const input = await readFile(join(ROOT, ORIGINAL), 'utf8');
  const { code, out, err } = cli(['-', REWRITE, '--json'], input);
  assert.equal(code, 0, err);
  const report = JSON.parse(out);
  assert.equal(report.source.label, 'stdin');
  assert.match(report.source.text, /Helena Marquardt/);
});

test('--fail-on exits 1 when the rewrite adds unsupported facts', () => {
  assert.equal(cli([ORIGINAL, REWRITE, '--json', '--fail-on', 'unsupported']).code, 1);
});

test('usage errors exit 2 with the problem and the usage; --help exits 0', async () => {
  const unknown = cli([ORIGINAL, REWRITE, '--jsn']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown option '--jsn'[\s\S]*Usage: newstrace compare/);
  const io = captureIO({ cwd: ROOT });
  assert.equal(await main(['compare', ORIGINAL], io), 2);
  assert.match(io.err(), /missing DERIVATIVE/);
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage:[\s\S]*Exit codes:[\s\S]*Examples:/);
});

test('unreadable or invalid input exits 3 naming the file and the reason', async () => {
  const dir = await scratch();
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'image.png');
  await writeFile(empty, '');
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0]));
  const missing = join(dir, 'nowhere.txt');
  const run = cli([missing, REWRITE]);
  assert.equal(run.code, 3, run.err);
  assert.match(run.err, /^newstrace compare: .*nowhere\.txt: .*(not found|no such file|does not exist|cannot read)/i);
  for (const [file, reason] of [
    [missing, /not found|no such file|does not exist|cannot read/i],
    [empty, /empty/i],
    [binary, /binary/i],
  ] as const) {
    const io = captureIO({ cwd: ROOT });
    assert.equal(await main(['compare', REWRITE, file], io), 3);
    assert.ok(io.err().includes(file) && reason.test(io.err()), io.err());
  }
});

test('in-process main() runs the same command with captured streams', async () => {
  const io = captureIO({ cwd: ROOT });
  assert.equal(await main(['compare', ORIGINAL, REWRITE, '--json'], io), 0);
  const report = JSON.parse(io.out());
  assert.equal(report.source.label, ORIGINAL);
  assert.equal(report.derivative.label, REWRITE);
  assert.ok(RELATIONS.includes(report.verdict.relation));
  assert.equal(io.err(), '');
});

test('a reader that closes the pipe early ends the output, not the command: exit 0, no stack trace', async () => {
  const child = spawn(process.execPath, ['bin/newstrace.js', 'compare', ORIGINAL, REWRITE, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const [code] = await once(child, 'close');
  assert.equal(code, 0, err);
  assert.doesNotMatch(err, /EPIPE/);
});
