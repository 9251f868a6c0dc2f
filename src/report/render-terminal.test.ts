import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleLength } from './ansi.js';
import { renderTerminal } from './render-terminal.js';
import { sampleReport } from './test-support/sample-report.js';

test('the report opens with the verdict, its direction and its explanation', () => {
  const out = renderTerminal(sampleReport(), { color: false });
  const lines = out.split('\n');
  const verdict = lines.findIndex((l) => l.startsWith('LIGHT REWRITE'));
  assert.ok(verdict >= 0 && verdict < 5, out);
  assert.match(lines[verdict], /source → derivative/);
  assert.match(out, /keeps the\s+quote/);
  assert.match(out, /62%\s+of the source is reused/);
  assert.match(out, /0\.48\s+overall similarity/);
});

test('findings are grouped by status with both sides and their context', () => {
  const out = renderTerminal(sampleReport(), { color: false });
  const changed = out.indexOf('Changed');
  const unsupported = out.indexOf('Unsupported');
  const dropped = out.indexOf('Dropped');
  assert.ok(changed > 0 && changed < unsupported && unsupported < dropped, out);
  assert.match(out, /\$412 million → \$450 million/);
  assert.match(out, /S {2}.*approve a \$412 million tram line/);
  assert.match(out, /30,000 riders[\s\S]*no ridership figure/);
  assert.match(out, /1 kept facts not shown/);
  assert.doesNotMatch(out, /Helen Okafor\s*→/);
});

test('passages are counted by kind and shown as source and derivative snippets', () => {
  const out = renderTerminal(sampleReport(), { color: false });
  assert.match(out, /1 copied · 1 paraphrased · 1 added · 2 dropped/);
  assert.match(out, /paraphrased 58%\n {4}S {2}The Brackenford city council[^\n]*\n {4}D {2}Brackenford's council/);
});

test('verbose adds the kept facts; plain output has no escape codes; colour adds them', () => {
  const report = sampleReport();
  assert.match(renderTerminal(report, { color: false, verbose: true }), /Kept: 1\n {2}person {6} Helen Okafor/);
  assert.doesNotMatch(renderTerminal(report, { color: false }), /\u001b\[/);
  const colored = renderTerminal(report, { color: true });
  assert.match(colored, /\u001b\[33mLIGHT REWRITE/);
});

test('lines fit the requested width (apart from single overlong words)', () => {
  for (const width of [60, 100]) {
    const out = renderTerminal(sampleReport(), { color: true, width });
    for (const line of out.split('\n')) assert.ok(visibleLength(line) <= width, `${visibleLength(line)} > ${width}: ${line}`);
  }
});

test('an empty report still renders', () => {
  const report = { ...sampleReport(), passages: [], facts: [] };
  const out = renderTerminal(report, { color: false });
  assert.match(out, /0 copied · 0 paraphrased · 0 added · 0 dropped/);
  assert.match(out, /0 changed · 0 unsupported · 0 dropped · 0 kept/);
});

test('the report leads with its top differences, before the scores and the full list', () => {
  const out = renderTerminal(sampleReport(), { color: false });
  const top = out.indexOf('Top differences');
  assert.ok(top > 0 && top < out.indexOf('Scores') && top < out.indexOf('Changed'), out);
  assert.match(out.slice(top, out.indexOf('Scores')), /changed\s+money\s+\$412 million → \$450 million/);
});
