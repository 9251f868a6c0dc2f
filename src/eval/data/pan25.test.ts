import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPan25 } from './pan25.js';

test('paragraph pieces are identified with their paragraph on the source side and in gold links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pan25-'));
  const pair = {
    id: 'x',
    plagiarism: { type: 'plagiarism' },
    source: {
      abstract: [{ id: 'id1', content: 'An abstract.' }],
      sections: [{ paragraphs: [{ id: 'S1.p1', content: 'Whole paragraph.\nSecond line.' }, { id: 'S1.p1.3', content: 'Second line.' }, { id: 'S1.p2', content: '' }] }],
    },
    candidate: {
      abstract: [],
      sections: [{ paragraphs: [{ id: 'S1.p1', content: 'Rewritten.', plagiarism: { type: 'plagiarism', source_paragraph_id: 'S1.p1.3' } }, { id: 'S1.p2', content: 'Own text.' }] }],
    },
  };
  writeFileSync(join(dir, 'a.json'), JSON.stringify(pair));
  const [loaded] = loadPan25(dir);
  assert.deepEqual(loaded.source.map((p) => [p.id, p.text]), [['id1', 'An abstract.'], ['S1.p1', 'Whole paragraph. Second line.']]);
  assert.deepEqual(loaded.candidate.map((p) => [p.id, p.sourceParagraphId]), [['S1.p1', 'S1.p1'], ['S1.p2', null]]);
  assert.equal(loaded.type, 'plagiarism');
});
