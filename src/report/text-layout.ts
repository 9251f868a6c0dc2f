/**
 * @module report/text-layout
 * Plain-text layout for the terminal report: one-line snippets, word wrapping, and a window of a
 * sentence centred on the fact it holds. Lengths are counted in code points.
 */

const ELLIPSIS = '…';

/** Collapses whitespace so snippets of multi-line passages stay on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, cut at a word boundary to at most `width` characters. */
export function snippet(text: string, width: number): string {
  const flat = oneLine(text);
  const chars = [...flat];
  if (chars.length <= width) return flat;
  const cut = chars.slice(0, Math.max(1, width - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > width * 0.6 ? cut.slice(0, space) : cut}${ELLIPSIS}`;
}

/** Greedy word wrap; every line is prefixed with `indent` and fits `width` (long words overflow). */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (!word) continue;
    if (line && [...line].length + 1 + [...word].length > room) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export interface Window {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The part of `context` around `needle` that fits `width`, split so the caller can highlight the
 * match. When the needle is not in the context the context is simply shortened.
 */
export function around(context: string, needle: string | null, width: number): Window {
  const flat = oneLine(context);
  const at = needle ? flat.toLowerCase().indexOf(oneLine(needle).toLowerCase()) : -1;
  if (!needle || at < 0) return { before: snippet(flat, width), match: '', after: '' };
  const match = flat.slice(at, at + oneLine(needle).length);
  if (match.length >= width - 8) return { before: '', match: snippet(match, width), after: '' };
  const room = width - match.length;
  let before = flat.slice(0, at);
  let after = flat.slice(at + match.length);
  const half = Math.floor(room / 2);
  const beforeRoom = after.length < half ? room - after.length : Math.min(before.length, half);
  const afterRoom = room - Math.min(before.length, beforeRoom);
  if (before.length > beforeRoom) before = ELLIPSIS + trimStart(before.slice(before.length - beforeRoom + 1));
  if (after.length > afterRoom) after = trimEnd(after.slice(0, Math.max(0, afterRoom - 1))) + ELLIPSIS;
  return { before, match, after };
}

/** Drops a partial first word so a cut never starts mid-word (unless that would drop it all). */
function trimStart(text: string): string {
  const space = text.indexOf(' ');
  return space >= 0 && space < text.length - 1 ? text.slice(space + 1) : text;
}

function trimEnd(text: string): string {
  const space = text.lastIndexOf(' ');
  return space > 0 ? text.slice(0, space) : text;
}
