/**
 * @module extract/paragraphs
 * Rebuild paragraphs from cleaned lines: join hard-wrapped lines (wrapping is detected from line
 * length statistics, so short list items and headlines are never glued) and pieces of one sentence
 * that a scraper split around a link ("the US Treasury" / "introduced sanctions …" / ", which …").
 */
import { endsSentence, isBulletLine } from './boilerplate.js';

/** Wrapped texts have lines at most this long (longer lines mean one line per paragraph). */
const MAX_WRAP_WIDTH = 130;
/** Share of block-inner lines that must reach ~the wrap width for a text to count as wrapped. */
const MIN_FULL_LINE_SHARE = 0.6;
/** A sentence-final line shorter than this share of the width ended its paragraph on purpose. */
const SHORT_LINE_SHARE = 0.85;

/** The column a text was hard-wrapped at, or null when it was not wrapped. */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] !== '' && lines[i + 1] !== '') inner.push(lines[i].length);
  }
  if (inner.length < 3) return null;
  const sorted = [...inner].sort((a, b) => a - b);
  const p90 = sorted[Math.floor((sorted.length - 1) * 0.9)];
  if (p90 > MAX_WRAP_WIDTH || p90 < 30) return null;
  const full = inner.filter((n) => n >= p90 * 0.75).length;
  if (full / inner.length < MIN_FULL_LINE_SHARE) return null;
  // A loop, not Math.max(...lines): a spread of a million lines overflows the call stack.
  let width = 0;
  for (const line of lines) if (line.length <= MAX_WRAP_WIDTH && line.length > width) width = line.length;
  return width;
}

/** Starts like the rest of a sentence: lower-case word or punctuation that cannot open one. */
function isContinuation(line: string): boolean {
  return /^[\p{Ll},.;:!?)\]»”’]/u.test(line) && !isBulletLine(line);
}

/** The separator between two joined pieces of one paragraph: none before punctuation or after a wrap hyphen. */
function separator(left: string, right: string): string {
  if (/^[,.;:!?)\]»”’]/u.test(right)) return '';
  if (/\p{L}-$/u.test(left) && /^\p{L}/u.test(right)) return '';
  return ' ';
}

function firstWordLength(line: string): number {
  return line.split(' ', 1)[0].length;
}

function joinsWrapped(prev: string, line: string, width: number): boolean {
  if (isBulletLine(line)) return false;
  if (!endsSentence(prev)) return true;
  return prev.length + 1 + firstWordLength(line) > width * SHORT_LINE_SHARE;
}

/** Whether the block starting at `lines[i]` continues the sentence of the previous block. */
function continuesAcrossBlank(prev: string, lines: readonly string[], i: number): boolean {
  if (endsSentence(prev) || isBulletLine(prev)) return false;
  if (isContinuation(lines[i])) return true;
  // A link's own text can start upper-case: accept it when the text after it continues the sentence.
  let next = i + 1;
  while (next < lines.length && lines[next] === '') next++;
  return lines[i].length <= 120 && !endsSentence(lines[i]) && next < lines.length && isContinuation(lines[next]);
}

/** Paragraph strings (lines joined by single spaces) from trimmed lines, '' marking blank lines. */
export function buildParagraphs(lines: readonly string[], width: number | null): string[] {
  const paragraphs: string[] = [];
  // Pieces of the paragraph being built, joined once at its end: repeated string appends followed
  // by reads of the tail would flatten the growing string each time (quadratic on huge inputs).
  let parts: string[] = [];
  let prev = '';
  let blankBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      blankBefore = true;
      continue;
    }
    let join = false;
    if (parts.length > 0) {
      if (blankBefore) join = continuesAcrossBlank(prev, lines, i);
      else if (width !== null) join = joinsWrapped(prev, line, width);
      else join = !endsSentence(prev) && isContinuation(line);
    }
    if (join) parts.push(separator(prev, line), line);
    else {
      if (parts.length > 0) paragraphs.push(parts.join(''));
      parts = [line];
    }
    prev = line;
    blankBefore = false;
  }
  if (parts.length > 0) paragraphs.push(parts.join(''));
  return paragraphs;
}
