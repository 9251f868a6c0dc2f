import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Edge } from '../store/store.js';
import * as texts from '../verdict/test-support/relation-fixtures.js';
import type { Candidate } from './candidates.js';
import { groupOf } from './groups.js';
import { indexDocuments, type DocumentResult } from './pipeline.js';
import { DEFAULT_POLICY } from './policy.js';
import { fixtureRecord as record } from './test-support/fixture-record.js';
import { inheritedEdges } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-inherited-'));
let store: SqliteStore;
const results = new Map<string, DocumentResult>();

// The notice, published first, is indexed last: its reprint and its retellings are stored and
// linked among themselves before it arrives. One document per batch, so each finds the others stored;
// a shortlist of one, so the notice's only candidate is its reprint (as when a story has more copies
// than the shortlist holds).
const RECORDS = [
  record('reprint', texts.BRIDGE_NOTICE, 2), record('heavy', texts.BRIDGE_HEAVY, 4), record('column', texts.TRAVEL_COLUMN, 5),
  record('notice', texts.BRIDGE_NOTICE, 1),
];

before(async () => {
  store = await openSqliteStore(join(dir, 'index.db'));
  for await (const r of indexDocuments(store, RECORDS, { ...DEFAULT_POLICY, batchSize: 1, shortlist: 1 })) results.set(r.id, r);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a source indexed after its reprint takes over the reprint\'s edges to the retellings, without aligning', async () => {
  const notice = results.get('notice')!;
  assert.equal(notice.aligned, 0);
  assert.equal(notice.candidates, 1);
  const edges = (await store.edgesOf('notice')).map((e) => [e.from, e.to, e.relation, e.evidence, e.directed]).sort();
  assert.deepEqual(edges, [
    ['notice', 'column', 'partial-copy', 'estimated', true],
    ['notice', 'heavy', 'heavy-rewrite', 'estimated', true],
    // Published first, the notice is the reprint's source.
    ['notice', 'reprint', 'copy', 'estimated', true],
  ]);
});

const candidate = (id: string): Candidate => ({
  id, group: id, published: null, weight: 1, sharedBands: 8, sharedPassages: 40, exclusive: 0, newInCandidate: 1, candidateInNew: 1,
  keyCounts: { candidate: 40, new: 40 }, keys: { bands: [], passages: [] },
});
const edge = (from: string, to: string, relation: Edge['relation'], score: number): Edge => ({
  from, to, relation, score, sourceCoverage: score, derivativeCoverage: score, directed: true, evidence: 'aligned',
});

test('edges are taken over from the closest near copy first, strongest first, at most maxInherited, and never a story link', () => {
  const fresh = { id: 'new', published: null };
  const known = [
    edge('far', 'a', 'heavy-rewrite', 0.9), edge('close', 'a', 'partial-copy', 0.4), edge('close', 'b', 'heavy-rewrite', 0.6),
    edge('close', 'c', 'same-story', 0.9), edge('close', 'far', 'copy', 1), edge('d', 'far', 'light-rewrite', 0.3),
  ];
  const dated = (id: string) => ({ id, published: null });
  const all = inheritedEdges(fresh, [candidate('close'), candidate('far')], known, dated, { ...DEFAULT_POLICY, maxInherited: 10 });
  assert.deepEqual(all.map((e) => [e.from, e.to, e.relation, e.evidence]), [
    ['new', 'b', 'heavy-rewrite', 'estimated'], ['new', 'a', 'partial-copy', 'estimated'], ['d', 'new', 'light-rewrite', 'estimated'],
  ]);
  const capped = inheritedEdges(fresh, [candidate('close'), candidate('far')], known, dated, { ...DEFAULT_POLICY, maxInherited: 1 });
  assert.deepEqual(capped.map((e) => e.to), ['b']);
});

test('a new document joins the group of the strongest linked document whose group is known', () => {
  const edges = [edge('elsewhere', 'new', 'copy', 0.95), edge('member', 'new', 'heavy-rewrite', 0.5), edge('story', 'new', 'same-story', 0.99)];
  const groups = new Map([['member', 'g1'], ['story', 'g2']]);
  assert.equal(groupOf('new', edges, (id) => groups.get(id)), 'g1');
  assert.equal(groupOf('new', edges.slice(0, 1), (id) => groups.get(id)), 'new');
});
