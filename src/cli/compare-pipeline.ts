/**
 * @module cli/compare-pipeline
 * The real pipeline behind `newstrace compare`: read and extract each input, then compare.
 */
import { readDocumentFile } from '../extract/index.js';
import { compareDocuments } from '../pipeline/compare.js';
import type { ComparePipeline } from './commands/compare.js';

export const comparePipeline: ComparePipeline = {
  read: (path, stdin) => readDocumentFile(path, { stdin }),
  compare: compareDocuments,
};
