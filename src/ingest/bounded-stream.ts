/**
 * @module ingest/bounded-stream
 * A file's bytes, gunzipped when compressed, that fail with `compressed_too_large` once more than
 * `maxBytes` came out: a gzip bomb stops after a bounded amount of work. Corrupt or truncated
 * gzip fails with the zlib error after the bytes before the break were delivered.
 */
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { NewstraceError } from '../core/errors.js';

export interface BoundedStreamOptions {
  readonly gzip: boolean;
  readonly maxBytes: number;
  /** Bytes the decompressed data must start with (a format's magic), checked on the first chunk. */
  readonly magic?: string;
  readonly path: string;
}

function limiter(options: BoundedStreamOptions): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      if (total === 0 && options.magic && !chunk.subarray(0, options.magic.length).equals(Buffer.from(options.magic))) {
        done(new NewstraceError('invalid_record', `does not start with "${options.magic}"`, { path: options.path }));
        return;
      }
      total += chunk.length;
      if (total > options.maxBytes) {
        const kind = options.gzip ? 'decompressed data' : 'data';
        done(new NewstraceError('compressed_too_large', `${kind} exceeds the limit of ${options.maxBytes} bytes per file`, { path: options.path }));
        return;
      }
      done(null, chunk);
    },
  });
}

export function boundedFileStream(file: string, options: BoundedStreamOptions): AsyncIterable<Buffer> {
  // An error in any stage reaches the consumer through the last one, which pipeline destroys with it.
  const ignore = (): void => undefined;
  if (options.gzip) return pipeline(createReadStream(file), createGunzip(), limiter(options), ignore);
  return pipeline(createReadStream(file), limiter(options), ignore);
}
