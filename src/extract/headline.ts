/**
 * @module extract/headline
 * Recognise a plain-text headline: a first line that is wholly quoted, or short and without final
 * punctuation and set apart from the body. The headline becomes `title` and also stays as the first
 * paragraph of the text, so alignment still sees it.
 */
import { endsSentence, isBulletLine } from './boilerplate.js';

const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 25;
const QUOTED = /^(["“«„'‘])([^"“”«»„]+?)(["”»“'’])$/u;

export interface Headline {
  /** The headline without enclosing quotes. */
  readonly title: string;
  /** Index of its line. */
  readonly line: number;
}

/**
 * @param lines trimmed lines, '' for blank ones
 * @param wrapped whether the body is hard-wrapped (then an unquoted first line needs a blank after it)
 */
export function findHeadline(lines: readonly string[], wrapped: boolean): Headline | null {
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) return null;
  const line = lines[first];
  const rest = lines.slice(first + 1);
  const next = rest.find((l) => l !== '');
  // A body that goes on in lower case continues the first line's sentence: no headline there.
  if (next === undefined || /^[\p{Ll},.;:)]/u.test(next)) return null;
  if (line.length > MAX_HEADLINE_CHARS || line.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  if (isBulletLine(line) || /^\p{Ll}/u.test(line)) return null;
  const quoted = QUOTED.exec(line);
  if (quoted && !endsSentence(quoted[2])) return { title: quoted[2].trim(), line: first };
  if (endsSentence(line) || /[,]$/.test(line)) return null;
  if (wrapped && rest[0] !== '') return null;
  return { title: line, line: first };
}
