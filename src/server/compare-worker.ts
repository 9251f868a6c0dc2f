/**
 * @module server/compare-worker
 * One `POST /api/compare` inside a worker thread of the compare pool, so the HTTP thread never runs
 * the alignment. The outcome is plain data: an error keeps its status and code across the thread
 * boundary, which a thrown error would not.
 */
import { compareDocuments } from '../pipeline/compare.js';
import type { CompareReport } from '../report/compare-report.js';
import { apiErrorData, toApiError, type ApiErrorData } from './api-error.js';
import { extractField } from './extract-field.js';
import { checkWords } from './limits.js';
import type { CompareRequest } from './schemas.js';

export interface CompareTask {
  readonly request: CompareRequest;
  readonly maxWords: number;
}

export type CompareOutcome = { readonly report: CompareReport } | { readonly error: ApiErrorData };

export default function compareInWorker({ request, maxWords }: CompareTask): CompareOutcome {
  try {
    // Both sides are checked before either is analysed: the word limit is there to bound that work.
    const source = extractField(request.source, 'source');
    const derivative = extractField(request.derivative, 'derivative');
    checkWords(source.text, 'source', maxWords);
    checkWords(derivative.text, 'derivative', maxWords);
    return { report: compareDocuments(source, derivative, { sourceLabel: request.sourceLabel, derivativeLabel: request.derivativeLabel }) };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.status >= 500) console.error('newstrace serve: compare failed:', error);
    return { error: apiErrorData(apiError) };
  }
}
