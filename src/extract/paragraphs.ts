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
  return Math.max(...lines.map((l) => l.length).filter((n) => n <= MAX_WRAP_WIDTH));
}

/** Starts like the rest of a sentence: lower-case word or punctuation that cannot open one. */
function isContinuation(line: string): boolean {
  return /^[\p{Ll},.;:!?)\]»”’]/u.test(line) && !isBulletLine(line);
}

function glue(left: string, right: string): string {
  if (/^[,.;:!?)\]»”’]/u.test(right)) return left + right;
  if (/\p{L}-$/u.test(left) && /^\p{L}/u.test(right)) return left + right;
  return `${left} ${right}`;
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
  const next = lines.slice(i + 1).find((l) => l !== '');
  return lines[i].length <= 120 && !endsSentence(lines[i]) && next !== undefined && isContinuation(next);
}

/** Paragraph strings (lines joined by single spaces) from trimmed lines, '' marking blank lines. */
export function buildParagraphs(lines: readonly string[], width: number | null): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let prev = '';
  let blankBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      blankBefore = true;
      continue;
    }
    let join = false;
    if (current !== null) {
      if (blankBefore) join = continuesAcrossBlank(prev, lines, i);
      else if (width !== null) join = joinsWrapped(prev, line, width);
      else join = !endsSentence(prev) && isContinuation(line);
    }
    if (join && current !== null) current = glue(current, line);
    else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    prev = line;
    blankBefore = false;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}
