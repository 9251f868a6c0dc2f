/**
 * @module report/ansi
 * A minimal ANSI styler: the terminal report needs a handful of SGR codes, not a dependency.
 * When disabled every style is the identity, so renderers never branch on colour themselves.
 */

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

export type StyleName = keyof typeof CODES;
export type Styler = Readonly<Record<StyleName, (text: string) => string>>;

export function styler(enabled: boolean): Styler {
  const entries = Object.entries(CODES).map(([name, [open, close]]) => [
    name,
    enabled ? (text: string) => (text ? `\u001b[${open}m${text}\u001b[${close}m` : text) : (text: string) => text,
  ]);
  return Object.fromEntries(entries) as Styler;
}

/** Visible length of a string that may hold ANSI codes, counted in code points. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}
