/**
 * @module cli/compare-pipeline
 * The real pipeline behind `newstrace compare`. Interim: the compare stage is not in the tree yet,
 * so comparing fails with a clear message.
 */
import { NewstraceError } from '../core/errors.js';
import { readDocumentFile } from '../extract/index.js';
import type { ComparePipeline } from './commands/compare.js';

export const comparePipeline: ComparePipeline = {
  read: (path, stdin) => readDocumentFile(path, { stdin }),
  compare: () => {
    throw new NewstraceError('unsupported_format', 'the comparison stage is not available in this build yet');
  },
};
