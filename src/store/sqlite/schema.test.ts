import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { doc } from '../conformance.js';
import { member, NEW_KEPT, NEW_MODEL, OLD_KEPT, OLD_MODEL, story } from '../story-conformance.js';
import { storedParts } from '../story-store.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-schema-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a version 1 index is upgraded in place: key frequencies counted from its postings, edges kept as aligned', async () => {
  const file = join(dir, 'v1.db');
  const store = await openSqliteStore(file);
  await store.putDocuments([
    { document: doc('x', 'x'), keys: { bands: [1], passages: [5, 6] } },
    { document: doc('y', 'y'), keys: { bands: [1], passages: [6] } },
  ]);
  await store.putEdges([{ id: 'y', edges: [{ from: 'x', to: 'y', relation: 'copy', score: 1, sourceCoverage: 1, derivativeCoverage: 1, directed: false, evidence: 'aligned' }] }]);
  await store.close();
  // What version 1 lacked.
  const db = new Database(file);
  db.exec(`DROP TABLE band_frequency; DROP TABLE passage_frequency; ALTER TABLE documents DROP COLUMN reuse_group;
    ALTER TABLE edges DROP COLUMN evidence; UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
  db.close();
  const upgraded = await openSqliteStore(file);
  try {
    assert.deepEqual(await upgraded.keyPostings({ bands: [1], passages: [5, 6] }, { perKey: 5, maxFrequency: 5 }), {
      bands: [{ key: 1, frequency: 2, documents: ['x', 'y'] }],
      passages: [{ key: 5, frequency: 1, documents: ['x'] }, { key: 6, frequency: 2, documents: ['x', 'y'] }],
    });
    assert.equal((await upgraded.allEdges())[0]?.evidence, 'aligned');
    assert.equal((await upgraded.indexEntries(['x'])).get('x')?.group, 'x');
  } finally {
    await upgraded.close();
  }
});

test('a version 2 index has its story centroids and kept members rewritten as sorted key and weight arrays, labels aligned with the terms', async () => {
  const file = join(dir, 'v2.db');
  const store = await openSqliteStore(file);
  await store.stories.putStories({ stories: ['s1', 's2'].map((id) => ({ record: story(id, 2), keys: ['Tara Reid'] })), members: [], documentFrequencies: {}, documents: 0 });
  await store.close();
  // The version 2 layout: one object per view, labels by key; s1 as stored before members were kept.
  const db = new Database(file);
  db.prepare('UPDATE story_models SET model = ? WHERE id = ?').run(JSON.stringify(OLD_MODEL), 's1');
  db.prepare('UPDATE story_models SET model = ? WHERE id = ?').run(JSON.stringify({ ...OLD_MODEL, kept: OLD_KEPT }), 's2');
  db.exec(`UPDATE meta SET value = '2' WHERE key = 'schema_version'`);
  db.close();
  const upgraded = await openSqliteStore(file);
  try {
    assert.deepEqual(await upgraded.stories.getStories(['s1', 's2']), [story('s1', 2, NEW_MODEL), story('s2', 2, { ...NEW_MODEL, kept: NEW_KEPT })]);
  } finally {
    await upgraded.close();
  }
});

test('a version 3 index has its postings and key frequencies moved into levels, and finds what it found', async () => {
  const file = join(dir, 'v3.db');
  const store = await openSqliteStore(file);
  await store.putDocuments([
    { document: doc('x', 'x'), keys: { bands: [1], passages: [5, 6] } },
    { document: doc('y', 'y'), keys: { bands: [1, 2], passages: [6] } },
  ]);
  const query = { bands: [1, 2], passages: [5, 6] };
  const found = await store.keyPostings(query, { perKey: 5, maxFrequency: 5 });
  await store.close();
  // The version 3 layout: one table per kind and part, keyed by key alone.
  const db = new Database(file);
  for (const kind of ['band', 'passage']) {
    db.exec(`CREATE TABLE p (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID; INSERT INTO p SELECT key, doc FROM ${kind}_postings;
      DROP TABLE ${kind}_postings; ALTER TABLE p RENAME TO ${kind}_postings;
      CREATE TABLE f (key INTEGER PRIMARY KEY, documents INTEGER NOT NULL); INSERT INTO f SELECT key, sum(documents) FROM ${kind}_frequency GROUP BY key;
      DROP TABLE ${kind}_frequency; ALTER TABLE f RENAME TO ${kind}_frequency`);
  }
  db.exec(`UPDATE meta SET value = '3' WHERE key = 'schema_version'`);
  db.close();
  const upgraded = await openSqliteStore(file);
  try {
    assert.deepEqual(await upgraded.keyPostings(query, { perKey: 5, maxFrequency: 5 }), found);
    await upgraded.putDocuments([{ document: doc('x', 'x changed'), keys: { bands: [2], passages: [6] } }]);
    assert.deepEqual(await upgraded.keyPostings(query, { perKey: 5, maxFrequency: 5 }), {
      bands: [{ key: 1, frequency: 1, documents: ['y'] }, { key: 2, frequency: 2, documents: ['x', 'y'] }],
      passages: [{ key: 6, frequency: 2, documents: ['x', 'y'] }],
    });
  } finally {
    await upgraded.close();
  }
});

test('a version 4 index has its story models rewritten with their weights as a blob, and reads the same stories', async () => {
  const file = join(dir, 'v4.db');
  const kept = { member: member('d1', { reason: 'founded' }), vectors: { specifics: { keys: ['Kenteris'], weights: [0.8] }, terms: { keys: ['doping', 'test'], weights: [1 / 3, 2 / 3] }, title: { keys: [], weights: [] } } };
  const stories = [story('s1', 2), story('s2', 1, { kept: [kept] })];
  const store = await openSqliteStore(file);
  await store.stories.putStories({ stories: stories.map((record) => ({ record, keys: ['Kenteris'] })), members: [], documentFrequencies: {}, documents: 0 });
  await store.close();
  // The version 4 layout: the whole model as JSON, weights in it; s1 as stored before outlets were kept.
  const db = new Database(file);
  db.exec('DROP TABLE story_models; CREATE TABLE story_models (id TEXT PRIMARY KEY, model TEXT NOT NULL) WITHOUT ROWID');
  const { outlets: _, ...withoutOutlets } = JSON.parse(storedParts(stories[0]!).model) as Record<string, unknown>;
  db.prepare('INSERT INTO story_models (id, model) VALUES (?, ?)').run('s1', JSON.stringify(withoutOutlets));
  db.prepare('INSERT INTO story_models (id, model) VALUES (?, ?)').run('s2', storedParts(stories[1]!).model);
  db.exec(`UPDATE meta SET value = '4' WHERE key = 'schema_version'`);
  db.close();
  const upgraded = await openSqliteStore(file);
  try {
    assert.deepEqual(await upgraded.stories.getStories(['s1', 's2']), [{ ...stories[0]!, outlets: [] }, stories[1]]);
  } finally {
    await upgraded.close();
  }
});

test('a version 5 index, which wrote every posting with its document, has all its documents indexed and finds what it found', async () => {
  const file = join(dir, 'v5.db');
  const store = await openSqliteStore(file);
  await store.putDocuments([
    { document: doc('x', 'x'), keys: { bands: [1], passages: [5, 6] } },
    { document: doc('y', 'y'), keys: { bands: [2], passages: [6] } },
  ]);
  const query = { bands: [1, 2], passages: [5, 6] };
  const found = await store.keyPostings(query, { perKey: 5, maxFrequency: 5 });
  await store.close();
  // Version 5 had no mark: its tables held every document's postings.
  const db = new Database(file);
  db.exec(`DELETE FROM meta WHERE key = 'postings_through'; UPDATE meta SET value = '5' WHERE key = 'schema_version'`);
  db.close();
  const upgraded = await openSqliteStore(file, { mirror: 'never' });
  try {
    assert.deepEqual(await upgraded.keyPostings(query, { perKey: 5, maxFrequency: 5 }), found);
    assert.equal(await upgraded.indexPostings(), 0);
  } finally {
    await upgraded.close();
  }
});
