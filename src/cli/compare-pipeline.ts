/**
 * @module cli/compare-pipeline
 * The real pipeline behind `newstrace compare`. Interim: the extract and pipeline stages are not in
 * the tree yet, so every call fails with a clear message.
 */
import { NewstraceError } from '../core/errors.js';
import type { ComparePipeline } from './commands/compare.js';

const missing = (): never => {
  throw new NewstraceError('unsupported_format', 'the comparison pipeline is not available in this build yet');
};

export const comparePipeline: ComparePipeline = { readFile: async () => missing(), readBytes: async () => missing(), compare: missing };
