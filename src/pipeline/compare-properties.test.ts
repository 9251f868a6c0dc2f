import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEED, newsPair, respaced } from '../core/test-support/news-text.js';
import { extract } from '../extract/index.js';
import { compareDocuments } from './compare.js';

const compare = (source: string, derivative: string) => compareDocuments(extract(source, { format: 'text' }), extract(derivative, { format: 'text' }));

test('a comparison does not change with the spacing, line ends or Unicode normalisation form of its inputs', () => {
  fc.assert(fc.property(newsPair, ([source, derivative]) => {
    const report = compare(source, derivative);
    assert.deepEqual(compare(respaced(source), respaced(derivative)), report);
    assert.deepEqual(compare(source.normalize('NFD'), derivative.normalize('NFD')), report);
  }), { seed: SEED, numRuns: 40 });
});
