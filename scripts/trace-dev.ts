/**
 * @module scripts/trace-dev
 * `node --import tsx scripts/trace-dev.ts [--db FILE]`: does `trace --file` rank the true source
 * first for every rewrite of the dev set? Indexes the BBC News 2225 articles of ../shared (ids are
 * their doc_id) with the one indexing pipeline, then traces each dev-rewrites derivative (cases
 * 01-12, whose sources are BBC articles) as an outside text and prints the rank of its source. An
 * exact duplicate of the source in the BBC set counts as the source. A check, not a fit: nothing is
 * tuned on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, trace } from '../src/corpus/index.js';
import { extract, readDocumentFile } from '../src/extract/index.js';
import type { SourceItem } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const DATA = resolve(import.meta.dirname, '../../shared/data');
const BBC = join(DATA, 'bbc-news-2225');
const DEV = join(DATA, 'dev-rewrites');
/** Source of each rewrite case, from the dev set's README. */
const SOURCES: Record<string, string> = {
  '01': 'business/008', '02': 'business/036', '03': 'business/050', '04': 'entertainment/008', '05': 'entertainment/035', '06': 'politics/008',
  '07': 'politics/036', '08': 'politics/050', '09': 'sport/009', '10': 'sport/035', '11': 'tech/008', '12': 'tech/035',
};

if (!existsSync(BBC) || !existsSync(DEV)) {
  console.log(`skipped: ${BBC} or ${DEV} not found`);
  process.exit(0);
}
const { values } = parseArgs({ options: { db: { type: 'string', default: ':memory:' } } });
const articles = readFileSync(join(BBC, 'bbc_news_2225.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line) as { doc_id: string; title: string; text: string; outlet: string });
const duplicates = JSON.parse(readFileSync(join(BBC, 'exact_duplicate_groups.json'), 'utf8')) as unknown;
const sameAs = new Map<string, Set<string>>();
for (const group of (Array.isArray(duplicates) ? duplicates : Object.values(duplicates as object)) as string[][]) {
  for (const id of group) sameAs.set(id, new Set(group));
}
async function* items(): AsyncIterable<SourceItem> {
  for (const [i, a] of articles.entries()) {
    yield { kind: 'document', record: { id: a.doc_id, path: null, url: null, outlet: a.outlet, published: null, extracted: extract(a.text, { format: 'text' }), origin: `bbc_news_2225.jsonl#${i + 1}` } };
  }
}
const store = await openSqliteStore(values.db!);
const summary = await ingest(store, items());
console.log(`indexed ${summary.read} BBC articles in ${summary.seconds.toFixed(1)} s (${summary.edges} edges)`);
let first = 0;
const cases = readdirSync(DEV).filter((d) => SOURCES[d]);
for (const nn of cases) {
  const file = readdirSync(join(DEV, nn)).find((f) => f.startsWith('derivative'))!;
  const { related } = await trace(store, await readDocumentFile(join(DEV, nn, file)), { details: false });
  const truth = sameAs.get(SOURCES[nn]!) ?? new Set([SOURCES[nn]!]);
  const rank = related.findIndex((e) => truth.has(e.id)) + 1;
  if (rank === 1) first++;
  const top = related[0];
  console.log(`${nn}: source ${SOURCES[nn]} rank ${rank || 'not found'}; first ${top ? `${top.id} ${top.relation} explained ${top.explained.toFixed(2)} (${top.role})` : '-'}`);
}
console.log(`true source first for ${first}/${cases.length} rewrites`);
await store.close();
