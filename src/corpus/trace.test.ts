import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { doc } from '../store/conformance.js';
import type { Edge } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { trace } from './trace.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-trace-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const edge = (from: string, to: string, extra: Partial<Edge>): Edge => ({
  from, to, relation: 'heavy-rewrite', score: 0.6, sourceCoverage: 0.6, derivativeCoverage: 0.6, directed: true, evidence: 'aligned', ...extra,
});

test('related documents are ranked by the share of the traced text they explain; an unknown direction does not push one down', async () => {
  const store = await openSqliteStore(join(dir, 'rank.db'));
  try {
    await store.putDocuments(['q', 'weak-source', 'strong-undirected', 'derivative'].map((id) => ({ document: doc(id, `text ${id}`), keys: { bands: [], passages: [] } })));
    await store.putEdges([{ id: 'q', edges: [
      edge('weak-source', 'q', { derivativeCoverage: 0.4, score: 0.5 }),
      edge('strong-undirected', 'q', { derivativeCoverage: 0.9, score: 0.9, directed: false }),
      // q is the source here: what it explains of q is q's own covered share.
      edge('q', 'derivative', { sourceCoverage: 0.7, derivativeCoverage: 1, score: 1 }),
    ] }]);
    const { related } = await trace(store, 'q', { details: false });
    assert.deepEqual(related.map((e) => [e.id, e.role, e.explained]), [
      ['strong-undirected', 'related', 0.9], ['derivative', 'derivative', 0.7], ['weak-source', 'source', 0.4],
    ]);
  } finally {
    await store.close();
  }
});
