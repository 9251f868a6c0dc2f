/**
 * @module audit/quotes
 * Quoted passages inside one sentence. Straight quotes are paired by which side of a word they touch,
 * so a sentence that begins inside a quote opened by the previous sentence still yields its part.
 */
import type { FactSink, SentenceScope } from './fact-builder.js';

const MARK = /["“”]/g;

function opens(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === '“') return true;
  if (ch === '”') return false;
  const before = at === 0 ? ' ' : text[at - 1];
  return /[\s(\[—–-]/.test(before) || at === 0;
}

/** Adds quote facts of one sentence to `sink`; the value is the folded wording. */
export function extractQuotes(scope: SentenceScope, sink: FactSink): void {
  const { sentence } = scope;
  const text = sentence.text;
  const marks = [...text.matchAll(MARK)].map((m) => m.index ?? 0);
  let open = -1;
  const emit = (from: number, to: number) => {
    const body = text.slice(from, to).trim();
    if (!/\p{L}/u.test(body)) return;
    const start = sentence.start + from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
    sink.add('quote', start, start + body.length, quoteValue(body), sentence.index, false);
  };
  for (const at of marks) {
    if (opens(text, at)) {
      if (open >= 0) emit(open + 1, at);
      open = at;
    } else {
      emit(open >= 0 ? open + 1 : 0, at);
      open = -1;
    }
  }
  if (open >= 0) emit(open + 1, text.length);
}

export function quoteValue(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+|'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .trim();
}
