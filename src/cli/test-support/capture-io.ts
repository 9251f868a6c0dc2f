/**
 * @module cli/test-support/capture-io
 * A CliIO whose output streams are captured in memory, for running commands in-process.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { CliIO } from '../io.js';

export interface CapturedIO extends CliIO {
  out(): string;
  err(): string;
}

class Capture extends Writable {
  chunks: string[] = [];
  isTTY: boolean;
  columns: number | undefined;
  constructor(isTTY: boolean, columns?: number) {
    super();
    this.isTTY = isTTY;
    this.columns = columns;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
}

export function captureIO(options: { stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv; cwd?: string; tty?: boolean } = {}): CapturedIO {
  const stdout = new Capture(options.tty ?? false, options.tty ? 100 : undefined);
  const stderr = new Capture(options.tty ?? false);
  const stdin = options.stdin === undefined ? new PassThrough().end() : Readable.from([Buffer.from(options.stdin)]);
  return {
    stdout,
    stderr,
    stdin,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => stdout.chunks.join(''),
    err: () => stderr.chunks.join(''),
  };
}
