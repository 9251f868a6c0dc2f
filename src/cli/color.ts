/**
 * @module cli/color
 * Whether to colour output: `--no-color` wins, then FORCE_COLOR (as Node itself treats it), then
 * NO_COLOR (https://no-color.org), then whether the stream is a terminal.
 */

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
