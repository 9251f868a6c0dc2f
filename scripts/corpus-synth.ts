/**
 * @module scripts/corpus-synth
 * `npm run corpus:synth -- --docs N --out DIR [--seed S] [--density constant|dense|unrelated]`: writes a deterministic synthetic reuse
 * corpus (`corpus.jsonl`, one article per line) and its ground truth (`truth.json`: direct
 * derived-from edges and each document's family root). Originals sample words of the BBC corpus in
 * ../shared when present (realistic stems and stop words), else a pseudo-word vocabulary.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticCorpus, type SyntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BBC = resolve(ROOT, '../shared/data/bbc-news-2225/bbc_news_2225.jsonl');

/** Distinct lower-case words of the BBC texts, most frequent first. */
export function newsWords(): string[] | undefined {
  if (!existsSync(BBC)) return undefined;
  const counts = new Map<string, number>();
  for (const line of readFileSync(BBC, 'utf8').split('\n')) {
    if (!line) continue;
    for (const w of (JSON.parse(line) as { text: string }).text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Share of originals per density, as the bench names them (see scripts/bench). */
export const DENSITIES = { constant: 0.4, dense: 0.05, unrelated: 1 } as const;
export type Density = keyof typeof DENSITIES;

export function buildCorpus(docs: number, seed: number, density: Density = 'constant'): SyntheticCorpus {
  return syntheticCorpus({ docs, seed, words: newsWords(), originals: DENSITIES[density] });
}

export function writeCorpus(corpus: SyntheticCorpus, out: string): string {
  mkdirSync(out, { recursive: true });
  const file = join(out, 'corpus.jsonl');
  writeFileSync(file, corpus.docs.map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text, published: d.published ?? undefined })).join('\n') + '\n');
  writeFileSync(join(out, 'truth.json'), JSON.stringify({ edges: corpus.edges, family: corpus.family }));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, density: { type: 'string', default: 'constant' } } });
  if (!values.out) {
    process.stderr.write('Usage: npm run corpus:synth -- --docs N --out DIR [--seed S] [--density constant|dense|unrelated]\n');
    process.exit(2);
  }
  if (!(values.density! in DENSITIES)) {
    process.stderr.write(`corpus:synth: unknown density '${values.density}' (${Object.keys(DENSITIES).join(', ')})\n`);
    process.exit(2);
  }
  const corpus = buildCorpus(Number(values.docs), Number(values.seed), values.density as Density);
  const file = writeCorpus(corpus, values.out);
  const vocabulary = existsSync(BBC) ? `words of ${BBC}` : `pseudo-words (${BBC} not found)`;
  process.stdout.write(`wrote ${corpus.docs.length} documents (${corpus.edges.length} truth edges) to ${file} and truth.json; vocabulary: ${vocabulary}\n`);
}
