import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Edge } from '../store/store.js';
import { BatchEdges } from './batch-edges.js';

const edge = (from: string, to: string): Edge => ({ from, to, relation: 'copy', score: 1, sourceCoverage: 1, derivativeCoverage: 1, directed: false, evidence: 'estimated' });

test('batch edges are found by either end, each once, in the order they were found', () => {
  const edges = new BatchEdges();
  edges.add([edge('a', 'b'), edge('c', 'd')]);
  edges.add([edge('b', 'c'), edge('e', 'e')]);
  const ends = (found: Edge[]) => found.map((e) => `${e.from}-${e.to}`);
  assert.deepEqual(ends(edges.touching(['c', 'b'])), ['a-b', 'c-d', 'b-c']);
  assert.deepEqual(ends(edges.touching(['e'])), ['e-e']);
  assert.deepEqual(edges.touching(['x']), []);
});
