/**
 * Acceptance on the shared labelled data: extracted sources must not keep any gold boilerplate
 * phrase. Gold files are read at run time; the data stays in ../shared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../text/index.js';
import { readDocumentFile } from './read-document.js';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const seeds = join(shared, 'seeds');
const devRewrites = join(shared, 'data/dev-rewrites');
const skipSeeds = existsSync(join(seeds, 'audit-gold.json')) ? false : `seeds not found in ${seeds}`;
const skipDev = existsSync(join(devRewrites, 'manifest.json')) ? false : `dev-rewrites not found in ${devRewrites}`;

interface Gold {
  readonly source: string;
  readonly derivative: string;
  readonly boilerplate: readonly string[];
}

function readGold(dir: string, file = 'gold.json'): Gold {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
}

async function assertNoBoilerplate(dir: string, gold: Gold): Promise<void> {
  for (const file of [gold.source, gold.derivative]) {
    const { text } = await readDocumentFile(join(dir, file));
    for (const phrase of gold.boilerplate) {
      assert.ok(!text.toLowerCase().includes(phrase.toLowerCase()), `${dir}/${file} still contains "${phrase}"`);
    }
  }
}

test('seed source keeps none of the gold boilerplate lines', { skip: skipSeeds }, async () => {
  await assertNoBoilerplate(seeds, readGold(seeds, 'audit-gold.json'));
});

test('seed link broken across lines becomes one sentence', { skip: skipSeeds }, async () => {
  const { text } = await readDocumentFile(join(seeds, 'source-article.txt'));
  const sentences = analyze(text).sentences.map((s) => s.text);
  const broken = sentences.filter((s) => s.includes('US Treasury'));
  assert.equal(broken.length, 1);
  assert.match(broken[0], /US Treasury introduced sanctions against the suppliers of Iranian UAVs, which were used/);
});

test('seed rewrite: quoted headline is the title and hard wraps are joined', { skip: skipSeeds }, async () => {
  const { title, text } = await readDocumentFile(join(seeds, 'rewrite.txt'));
  assert.equal(title, 'Tehran and Moscow Join Forces to Develop Advanced Drone Technology');
  assert.match(text, /plans to construct a drone factory in Russia/);
  assert.ok(text.split('\n\n').every((p) => !p.includes('\n')));
});

test('dev-rewrites sources and derivatives keep none of their gold boilerplate', { skip: skipDev }, async () => {
  const manifest = JSON.parse(readFileSync(join(devRewrites, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  for (const id of Object.keys(manifest)) {
    const dir = join(devRewrites, id);
    await assertNoBoilerplate(dir, readGold(dir));
  }
});
