import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldCases, scoreAll, type CaseScore } from '../eval/dev-rewrites.js';
import { analyze } from '../text/index.js';
import { compareDocuments } from './compare.js';
import type { Extracted } from '../core/types.js';

const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const available = existsSync(join(sharedDir, 'tools', 'check-compare.mjs')) && goldCases(sharedDir).length > 1;
const skip = available ? false : `shared data absent: ${sharedDir} (seeds, dev-rewrites, tools/check-compare.mjs)`;

let scores: Promise<CaseScore[]> | null = null;
const scored = () => (scores ??= scoreAll(sharedDir));
const describe = (s: CaseScore) => `${s.id}: ${s.found}/${s.total}, false flags ${s.falseFlags}, relation ${s.relation}; ${s.misses.join('; ')}`;

test('the seed pair report lists every gold item, flags no paraphrase, keeps no boilerplate', { skip }, async () => {
  const seed = (await scored()).find((s) => s.id === 'seed');
  assert.ok(seed, 'seed case scored');
  assert.equal(seed.found, seed.total, describe(seed));
  assert.equal(seed.falseFlags, 0, describe(seed));
  assert.equal(seed.boilerplateKept, 0, describe(seed));
  assert.ok(seed.relationOk, describe(seed));
});

test('across the seed and dev-rewrites pairs at least 90% of gold items are found with at most 3 false flags', { skip }, async () => {
  const all = await scored();
  const found = all.reduce((n, s) => n + s.found, 0);
  const total = all.reduce((n, s) => n + s.total, 0);
  const falseFlags = all.reduce((n, s) => n + s.falseFlags, 0);
  const detail = all.map(describe).join('\n');
  assert.ok(found / total >= 0.9, `recall ${found}/${total}\n${detail}`);
  assert.ok(falseFlags <= 3, `false flags ${falseFlags}\n${detail}`);
});

const doc = (text: string): Extracted => ({ format: 'text', title: null, byline: null, published: null, declaredLanguage: 'en', siteName: null, url: null, text });

test('a report carries the contract fields, counts findings by status and locates each fact in its sentence', () => {
  const source = doc('Officials said the council approved a $412 million tram line on Tuesday. Mayor Helen Okafor praised the vote.');
  const derivative = doc('The council approved a $450 million tram line on Tuesday, officials said. Mayor Helen Okafor praised the vote.');
  const report = compareDocuments(source, derivative, { sourceLabel: 'a.txt', derivativeLabel: 'b.txt' });
  assert.equal(report.source.text, analyze(source.text).text);
  assert.equal(report.source.label, 'a.txt');
  const total = Object.values(report.summary ?? {}).reduce((a, b) => a + b, 0);
  assert.equal(total, report.facts.length);
  const money = report.facts.find((f) => f.type === 'money' && f.status === 'changed');
  assert.ok(money, JSON.stringify(report.facts));
  assert.equal(money.source, '$412 million');
  assert.equal(money.derivative, '$450 million');
  assert.ok(money.derivativeContext?.includes('$450 million'));
  assert.deepEqual(report.source.text.slice(money.sourceSpan?.start, money.sourceSpan?.end), '$412 million');
  assert.ok(report.facts.some((f) => f.status === 'kept' && f.source === 'Helen Okafor'));
});
