/**
 * @module corpus/prepare-worker
 * The piscina task of the prepare pool: one extracted text in, its packed Preparation out, its
 * buffers transferred. A failure comes back as data (code and reason), since an Error crossing the
 * thread boundary loses its class and code.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { isNewstraceError, type NewstraceErrorCode } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { initFingerprint } from '../fingerprint/index.js';
import { prepareExtracted } from './prepare-document.js';
import { packedBuffers, packPreparation, type PackedPreparation } from './prepared-wire.js';

export interface WorkerFailure {
  readonly failed: { readonly code: NewstraceErrorCode; readonly reason: string };
}

export type WorkerResult = PackedPreparation | WorkerFailure;

await initFingerprint();

export default function prepareTask(extracted: Extracted): unknown {
  try {
    const packed = packPreparation(prepareExtracted(extracted));
    return move({ [transferableSymbol]: packedBuffers(packed), [valueSymbol]: packed });
  } catch (error) {
    const failure: WorkerFailure = {
      failed: isNewstraceError(error)
        ? { code: error.code, reason: error.message }
        : { code: 'invalid_record', reason: `could not be analysed: ${(error as Error)?.message ?? String(error)}` },
    };
    return failure;
  }
}
