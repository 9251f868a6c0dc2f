/**
 * @module cli/args
 * `node:util` parseArgs with the CLI's conventions: unknown options and wrong argument counts become
 * `usage` errors with short messages, and a command can print them with its usage in one call.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NewstraceError, isNewstraceError } from '../core/errors.js';
import { EXIT, type CliIO } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Option values typed from their declarations (single values only: no `multiple` options yet). */
export interface ParsedArgs<T extends Options> {
  readonly values: { readonly [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };
  readonly positionals: string[];
}

export interface Positionals {
  readonly min: number;
  readonly max: number;
  /**
   * Their names for messages: in order (['SOURCE', 'DERIVATIVE'], so a message names just the
   * missing ones), or one phrase for all of them.
   */
  readonly names: string | readonly string[];
}

/** Parses strictly; throws NewstraceError('usage') naming the offending option or argument. */
export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T, positionals: Positionals): ParsedArgs<T> {
  let parsed: ParsedArgs<T>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as ParsedArgs<T>;
  } catch (error) {
    throw new NewstraceError('usage', shortParseMessage(error), { cause: error });
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) {
    const { names } = positionals;
    throw new NewstraceError('usage', `missing ${typeof names === 'string' ? names : names.slice(count, positionals.min).join(' and ')}`);
  }
  if (count > positionals.max) throw new NewstraceError('usage', `too many arguments: ${parsed.positionals.slice(positionals.max).join(' ')}`);
  return parsed;
}

function shortParseMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = message.match(/'(-[^' ]+)/)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /missing/.test(message)) return `option '${option}' needs a value`;
  return message.split('. ')[0];
}

/**
 * Runs `body`, turning a usage error into "what is wrong" plus the command's usage on stderr and
 * exit code 2. Other errors pass through to the dispatcher.
 */
export async function withUsage(io: CliIO, command: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!isNewstraceError(error) || error.code !== 'usage') throw error;
    io.stderr.write(`newstrace ${command}: ${error.message}\n\n${usage.trimEnd()}\n`);
    return EXIT.usage;
  }
}
