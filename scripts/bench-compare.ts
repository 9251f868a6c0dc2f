/**
 * @module scripts/bench-compare
 * Timings of `compare`: the pipeline on the seed pair and on a ~5,000-word pair built from the BBC
 * corpus (warm, median of runs), and the wall time of one CLI process on the bundled examples.
 * `scripts/bench.ts` calls `benchCompare()`; run alone it prints the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, Extracted } from '../src/core/types.js';
import { readDocumentFile } from '../src/extract/index.js';
import { compareArticles } from '../src/pipeline/compare.js';
import { prepareArticle } from '../src/pipeline/prepare.js';
import { segmentSentences } from '../src/text/index.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const WORDS = 5000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of `runs` calls after `warmup` untimed ones. */
function time(fn: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

function asText(text: string): Extracted {
  return { format: 'text', title: null, byline: null, published: null, declaredLanguage: null, siteName: null, url: null, text };
}

/** Small deterministic generator (LCG), so the derived text is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * BBC articles in corpus order until ~5,000 words, and a derivative of it: about one sentence in
 * eight dropped, one in six moved next to a later one, one in four edited (a number changed,
 * words removed), one in ten followed by an invented sentence.
 */
export function buildLongPair(jsonl: string): { source: string; derivative: string } {
  const paragraphs: string[] = [];
  let words = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim() || words >= WORDS) continue;
    const record = JSON.parse(line) as { title: string; text: string };
    for (const p of [record.title, ...record.text.split(/\n\s*\n/)].map((s) => s.trim()).filter(Boolean)) {
      if (words >= WORDS) break;
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
  }
  const source = paragraphs.join('\n\n');
  const random = generator(20260310);
  const sentences = segmentSentences(source, 'en').map((r) => source.slice(r.start, r.end).trim());
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const roll = random();
    let sentence = sentences[i];
    if (roll < 0.125) continue;
    if (roll < 0.29 && i + 1 < sentences.length) [sentence, sentences[i + 1]] = [sentences[i + 1], sentence];
    else if (roll < 0.54) sentence = sentence.replace(/\d+/, (n) => String(Number(n) + 3)).replace(/\b(also|very|still|just|however,?) /gi, '');
    out.push(sentence);
    if (random() < 0.1) out.push(`Analysts expect the figure to reach ${Math.round(random() * 900) + 100} million by next year, sources said.`);
  }
  const derivative = out.reduce((acc, s, i) => acc + (i === 0 ? '' : i % 6 === 0 ? '\n\n' : ' ') + s, '');
  return { source, derivative };
}

function pairTimings(name: string, source: Extracted, derivative: Extracted, runs: number): BenchResult[] {
  const labels = { sourceLabel: 'source', derivativeLabel: 'derivative' };
  const a: Article = prepareArticle(source);
  const b: Article = prepareArticle(derivative);
  return [
    { name: `compare ${name}: prepared articles, warm median of ${runs}`, value: time(() => compareArticles(a, b, labels), runs), unit: 'ms' },
    {
      name: `compare ${name}: prepare both + compare, warm median of ${runs}`,
      value: time(() => compareArticles(prepareArticle(source), prepareArticle(derivative), labels), runs),
      unit: 'ms',
    },
  ];
}

function cliWallTime(runs: number): BenchResult[] {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
    console.error('bench-compare: dist/ is not built (npm run build); skipping the CLI wall time');
    return [];
  }
  const args = ['bin/newstrace.js', 'compare', 'examples/original.txt', 'examples/rewrite.txt', '--json'];
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`CLI run failed (${run.status}): ${run.stderr}`);
  }
  return [{ name: `CLI process: newstrace compare examples --json, median of ${runs}`, value: Math.round(median(samples)), unit: 'ms' }];
}

export async function benchCompare(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const seeds = join(SHARED, 'seeds');
  if (existsSync(join(seeds, 'rewrite.txt'))) {
    const source = await readDocumentFile(join(seeds, 'source-article.txt'));
    const derivative = await readDocumentFile(join(seeds, 'rewrite.txt'));
    results.push(...pairTimings('seed pair', source, derivative, 21));
  } else console.error(`bench-compare: no seeds in ${seeds}; skipping the seed pair`);
  const bbc = join(SHARED, 'data/bbc-news-2225/bbc_news_2225.jsonl');
  if (existsSync(bbc)) {
    const { source, derivative } = buildLongPair(readFileSync(bbc, 'utf8'));
    results.push(...pairTimings('~5,000-word pair', asText(source), asText(derivative), 7));
  } else console.error(`bench-compare: no BBC corpus at ${bbc}; skipping the 5,000-word pair`);
  results.push(...cliWallTime(5));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const r of await benchCompare()) console.log(`${r.name.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit}`);
}
