/**
 * @module extract/read-document
 * The I/O edge of extraction: read one file (or stdin for '-'), refusing inputs over
 * MAX_DOCUMENT_BYTES before reading them whole, then decode and extract.
 */
import { readFile, stat } from 'node:fs/promises';
import { NewstraceError, isNewstraceError } from '../core/errors.js';
import type { Extracted } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { extract } from './extract.js';
import { MAX_DOCUMENT_BYTES, formatBytes } from './limits.js';

export interface ReadDocumentIo {
  readonly stdin?: NodeJS.ReadableStream;
}

const STDIN_NAME = '<stdin>';

function tooLarge(path: string, size?: number): NewstraceError {
  const actual = size === undefined ? 'more than that' : formatBytes(size);
  return new NewstraceError('input_too_large', `input is ${actual}; the limit for one document is ${formatBytes(MAX_DOCUMENT_BYTES)}`, { path });
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    // Stop reading as soon as the limit is passed: a pipe has no size to check up front.
    if (total > MAX_DOCUMENT_BYTES) throw tooLarge(STDIN_NAME);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new NewstraceError('unreadable_file', 'not a regular file', { path });
    size = info.size;
  } catch (error) {
    if (isNewstraceError(error)) throw error;
    throw new NewstraceError('unreadable_file', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { path, cause: error });
  }
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(path, size);
  try {
    return await readFile(path);
  } catch (error) {
    throw new NewstraceError('unreadable_file', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { path, cause: error });
  }
}

/**
 * Read, decode and extract one document. `path` '-' reads `io.stdin` (default process.stdin).
 * Errors are NewstraceError naming the path: unreadable_file, input_too_large, binary_input, empty_input.
 */
export async function readDocumentFile(path: string, io: ReadDocumentIo = {}): Promise<Extracted> {
  const fromStdin = path === '-';
  const name = fromStdin ? STDIN_NAME : path;
  const bytes = fromStdin ? await readStream(io.stdin ?? process.stdin) : await readBytes(path);
  try {
    return extract(decodeBytes(bytes, name), { path: fromStdin ? undefined : path });
  } catch (error) {
    throw isNewstraceError(error) ? error.withPath(name) : error;
  }
}
