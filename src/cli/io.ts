/**
 * @module cli/io
 * What a command may touch of the outside world, so commands can be run in-process by tests.
 */
export interface CliIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Something was found that the caller asked to fail on (e.g. `--fail-on`), or a generic failure. */
  failure: 1,
  usage: 2,
  badInput: 3,
} as const;

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full `--help` text. */
  readonly help: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
