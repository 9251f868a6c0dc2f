/**
 * @module text/segment
 * Sentence segmentation: paragraphs and line breaks are hard boundaries, Intl.Segmenter splits
 * inside a line, and abbreviation-ended pieces are merged back.
 */
import { endsWithAbbreviation } from './abbreviations.js';

export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    const locale = language === 'und' ? 'en' : language;
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Ranges of the non-blank lines of `text`, each with its paragraph number. */
function lines(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let paragraph = 0;
  let blank = false;
  const re = /[^\n]+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/\n\s*\n/.test(text.slice(last, m.index)) && out.length > 0) blank = true;
    last = m.index + m[0].length;
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) {
      blank = true;
      continue;
    }
    if (blank) paragraph++;
    blank = false;
    out.push({ start: m.index + lead, end: m.index + lead + body.length, paragraph });
  }
  return out;
}

/**
 * Sentence ranges of `text` (trimmed, never empty).
 * @example segmentSentences('The U.S. Treasury acted on Jan. 6. Prices rose.', 'en').length // 2
 */
export function segmentSentences(text: string, language: string): SentenceRange[] {
  const segmenter = sentenceSegmenter(language);
  const out: SentenceRange[] = [];
  for (const line of lines(text)) {
    let pendingStart = -1;
    const body = text.slice(line.start, line.end);
    for (const piece of segmenter.segment(body)) {
      const start = pendingStart >= 0 ? pendingStart : line.start + piece.index;
      const end = line.start + piece.index + piece.segment.length;
      const rest = body.slice(piece.index + piece.segment.length);
      if (rest.length > 0 && endsWithAbbreviation(piece.segment)) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      pushTrimmed(text, start, end, line.paragraph, out);
    }
    if (pendingStart >= 0) pushTrimmed(text, pendingStart, line.end, line.paragraph, out);
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: SentenceRange[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, paragraph });
}
