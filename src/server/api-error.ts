/**
 * @module server/api-error
 * Every failure leaves the server as `{error: {code, message}}` with a status that says whose fault
 * it was. Engine errors keep their code; anything unexpected becomes a bare 500 so no stack trace or
 * file path of the server leaks to the client.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isNewstraceError, type NewstraceErrorCode } from '../core/errors.js';

/** The closed set of codes a client can meet: the engine's, plus those of the HTTP layer and its limits. */
export type ApiErrorCode =
  | NewstraceErrorCode
  | 'invalid_request'
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'too_many_documents'
  | 'too_many_words'
  | 'over_time_budget'
  | 'server_busy'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Engine error codes caused by the request's content rather than by the server. */
const STATUS_OF: Partial<Record<NewstraceErrorCode, ContentfulStatusCode>> = {
  empty_input: 400,
  binary_input: 400,
  decode_failed: 400,
  invalid_html: 400,
  invalid_record: 400,
  unsupported_format: 400,
  usage: 400,
  input_too_large: 413,
  compressed_too_large: 413,
  not_found: 404,
};

/** "source: must not be empty; documents.2.text: needs a non-empty text or html" */
export function validationError(error: z.ZodError, where: string): ApiError {
  const parts = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  // Binary content keeps the engine's code, so a client sees what the CLI reports for a binary file.
  const binary = error.issues.some((issue) => issue.code === 'custom' && issue.params?.code === 'binary_input');
  return new ApiError(400, binary ? 'binary_input' : 'invalid_request', `invalid ${where}: ${parts.join('; ')}`);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isNewstraceError(error)) {
    const status = STATUS_OF[error.code];
    // Server-side failures (store, index version) keep their code but not their message, which may name server files.
    if (status) return new ApiError(status, error.code, error.message);
    return new ApiError(500, error.code, 'the server could not complete the request');
  }
  return new ApiError(500, 'internal', 'the server could not complete the request');
}

export function errorBody(error: ApiError) {
  return { error: { code: error.code, message: error.message } };
}

/** An ApiError as plain data, to cross a worker boundary (structured clone keeps no class or fields). */
export interface ApiErrorData {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly message: string;
}

export const apiErrorData = ({ status, code, message }: ApiError): ApiErrorData => ({ status, code, message });
export const fromApiErrorData = ({ status, code, message }: ApiErrorData) => new ApiError(status, code, message);
