import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { doc } from '../store/conformance.js';
import type { Edge } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { clusters } from './clusters.js';
import { clustersToDot } from './dot.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-clusters-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const edge = (from: string, to: string, extra: Partial<Edge> = {}): Edge => ({
  from, to, relation: 'light-rewrite', score: 0.9, sourceCoverage: 0.9, derivativeCoverage: 0.9, directed: true, evidence: 'aligned', ...extra,
});

async function storeWith(published: Record<string, string | null>, edges: Edge[]) {
  const store = await openSqliteStore(join(dir, `${Object.keys(published).join('-')}.db`));
  await store.putDocuments(Object.entries(published).map(([id, date]) => ({ document: doc(id, `text ${id}`, { published: date }), keys: { bands: [], passages: [] } })));
  for (const e of edges) await store.putEdges(e.to, [...(await store.edgesOf(e.to)), e]);
  return store;
}

test('a cluster is a connected component, its origin the earliest dated member', async () => {
  const store = await storeWith({ a: '2024-01-02', b: '2024-01-01', c: null, x: null, y: null }, [
    edge('b', 'a'), edge('b', 'c'), edge('x', 'y', { relation: 'same-story', directed: false }),
  ]);
  const { clusters: found } = await clusters(store);
  assert.deepEqual(found.map((c) => [c.id, c.documents, c.origin]), [['a', ['a', 'b', 'c'], 'b'], ['x', ['x', 'y'], null]]);
  assert.deepEqual(found[1]!.edges, [], 'same-story links join a cluster but are not derived-from edges');
  assert.equal((await clusters(store, { minSize: 3 })).clusters.length, 1);
  await store.close();
});

test('without dates the origin is the member others derive from, and DOT draws it bold', async () => {
  const store = await storeWith({ p: null, q: null, r: null }, [edge('p', 'q'), edge('q', 'r')]);
  const { clusters: found } = await clusters(store);
  assert.equal(found[0]!.origin, 'p');
  const dot = clustersToDot(found);
  assert.match(dot, /"p" \[style=bold/);
  assert.match(dot, /"p" -> "q" \[label="light-rewrite 0.90"\]/);
  await store.close();
});
