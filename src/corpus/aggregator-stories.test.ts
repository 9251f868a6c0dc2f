import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { clusters } from '../story-index/read-stories.js';
import { indexDocuments } from './pipeline.js';
import { DEFAULT_POLICY } from './policy.js';
import { ARTICLES, article, frontPage, teaser } from './test-support/front-page.js';
import { fixtureRecord } from './test-support/fixture-record.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-aggregator-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = Object.keys(ARTICLES);
const PAGE = { id: 'page', text: frontPage() };
const TEASERS = NAMES.map((name) => ({ id: `teaser/${name}`, text: teaser(ARTICLES[name]!) }));
const FULL = NAMES.map((name) => ({ id: `article/${name}`, text: article(ARTICLES[name]!) }));

/** The stories of the documents, ingested one per batch in the order given. */
async function storiesOf(order: readonly { id: string; text: string }[], file: string): Promise<{ groups: string[][]; why: Map<string, string> }> {
  const store = await openSqliteStore(join(dir, file));
  try {
    const records = order.map((d, i) => fixtureRecord(d.id, d.text, 1 + (i % 9)));
    for await (const r of indexDocuments(store, records, { ...DEFAULT_POLICY, batchSize: 1 })) assert.equal(r.outcome, 'inserted', r.id);
    const found = (await clusters(store, { minSize: 1, limit: 100 })).clusters;
    return { groups: found.map((c) => [...c.documents].sort()).sort(), why: new Map(found.flatMap((c) => c.members.map((m) => [m.id, m.why] as const))) };
  } finally {
    await store.close();
  }
}

// Each article is one story with its teaser, and the page, which carries a teaser of each among
// five others, is a story of its own: whichever arrives first, a teaser is a small share of the page.
const EXPECTED = [['article/observatory', 'teaser/observatory'], ['article/reservoir', 'teaser/reservoir'], ['article/tram', 'teaser/tram'], ['page']];

test('a front page of teasers founds a story of its own, and its teasers and their articles do not join it', async () => {
  const { groups, why } = await storiesOf([PAGE, ...TEASERS, ...FULL], 'page-first.db');
  assert.deepEqual(groups, EXPECTED);
  // The teaser is a copy of a small share of the page: it does not join the page's story by it.
  assert.equal(why.get('teaser/tram'), 'founded this story (the first of its members indexed)');
});

test('teasers and articles ingested before the page keep their stories, and the page does not join any', async () => {
  assert.deepEqual((await storiesOf([...TEASERS, ...FULL, PAGE], 'page-last.db')).groups, EXPECTED);
  assert.deepEqual((await storiesOf([...FULL, PAGE, ...TEASERS], 'page-between.db')).groups, EXPECTED);
});
