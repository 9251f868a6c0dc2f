/**
 * @module corpus/prepare-worker
 * The piscina task of the prepare pool: one document in, as a reader's draft (extracted here first,
 * and its record sent back) or as an extracted text, its packed Preparation out, its buffers
 * transferred. A failure comes back as data (a problem item, or code and reason), since an Error
 * crossing the thread boundary loses its class and code.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { isNewstraceError, type NewstraceErrorCode } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { initFingerprint } from '../fingerprint/index.js';
import { finishDraft } from '../ingest/record.js';
import type { SourceDraft, SourceRecord } from '../ingest/types.js';
import { prepareExtracted, type SourceProblem } from './prepare-document.js';
import { packedBuffers, packPreparation, type PackedPreparation } from './prepared-wire.js';

export type PrepareTask = { readonly draft: SourceDraft } | { readonly extracted: Extracted };

export interface WorkerFailure {
  readonly failed: { readonly code: NewstraceErrorCode; readonly reason: string };
}

/** A draft's record comes back beside its preparation; an extracted text's caller holds its own. */
export type WorkerResult = (PackedPreparation & { readonly record?: SourceRecord }) | WorkerFailure | { readonly problem: SourceProblem };

await initFingerprint();

/** The task's extracted text, with the record a draft makes; or the problem that stopped its extraction. */
function documentOf(task: PrepareTask): { readonly record?: SourceRecord; readonly extracted: Extracted } | SourceProblem {
  if (!('draft' in task)) return { extracted: task.extracted };
  const read = finishDraft(task.draft);
  return read.kind === 'problem' ? read : { record: read.record, extracted: read.record.extracted };
}

export default function prepareTask(task: PrepareTask): unknown {
  try {
    const document = documentOf(task);
    if ('kind' in document) return { problem: document };
    const packed = packPreparation(prepareExtracted(document.extracted));
    const result = document.record ? { ...packed, record: document.record } : packed;
    return move({ [transferableSymbol]: packedBuffers(packed), [valueSymbol]: result });
  } catch (error) {
    const failure: WorkerFailure = {
      failed: isNewstraceError(error)
        ? { code: error.code, reason: error.message }
        : { code: 'invalid_record', reason: `could not be analysed: ${(error as Error)?.message ?? String(error)}` },
    };
    return failure;
  }
}
