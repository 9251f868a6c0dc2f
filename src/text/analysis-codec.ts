/**
 * @module text/analysis-codec
 * An AnalyzedText, but for its text, as a few kilobytes: the form in which an analysis crosses from
 * a worker thread, waits in the writer's cache and is stored beside its document, so verifying a
 * new text against one stored long ago reads it back instead of analysing it again (analysing stored
 * candidates was a quarter of the writer's time at 50,000 documents, once most of them were older
 * than the cache). The distinct norm and stem forms once, as UTF-8, then per sentence and word small
 * unsigned varints: gaps from the previous end, lengths, paragraph steps, word counts, form numbers
 * and two flags; about 10 bytes a word on BBC articles (1.7 times their text). Surfaces and sentence
 * texts are sliced again from the text. Keeping only the boundaries took 2 bytes a word, but looking
 * each word's forms up again made reading it back 0.10-0.19 ms an article instead of 0.05 (analysing
 * it: 0.3-0.5 ms), and an ingest reads back more analyses than it stores.
 *
 * FORMAT names what the bytes hold and how the analyser made them: change it whenever `analyze`
 * would cut, fold or stem a text differently, and stored analyses of the old format are read as
 * absent (the text is analysed again) rather than trusted.
 */
import type { AnalyzedText, Sentence, Token } from '../core/types.js';

export const ANALYSIS_FORMAT = 1;

const STOP = 1;
const NUMBER = 2;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

class Writer {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(value: number): void {
    if (!(value >= 0 && Number.isInteger(value))) throw new RangeError(`cannot encode ${value} as an unsigned varint`);
    while (value >= 0x80) {
      this.bytes[this.at++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.at++] = value;
  }

  text(value: string): void {
    // The UTF-8 bytes go after room for their length (at most 5 bytes), then move up against it.
    const room = this.at + 5;
    const { written } = encoder.encodeInto(value, this.bytes.subarray(room));
    this.uint(written);
    this.bytes.copyWithin(this.at, room, room + written);
    this.at += written;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.at);
  }
}

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new RangeError('stored analysis ends early');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  text(): string {
    const length = this.uint();
    const out = decoder.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return out;
  }

  get ended(): boolean {
    return this.at === this.bytes.length;
  }
}

/** The analysis of `analyzed.text`, without the text and the language (both kept beside it). */
export function encodeAnalysis(analyzed: AnalyzedText): Uint8Array {
  const index = new Map<string, number>();
  const formOf = (form: string) => {
    let at = index.get(form);
    if (at === undefined) index.set(form, (at = index.size));
    return at;
  };
  const forms = analyzed.tokens.map((t) => [formOf(t.norm), formOf(t.stem)] as const);
  const joined = [...index.keys()].join('\0');
  const w = new Writer(new Uint8Array(16 + joined.length * 3 + (analyzed.sentences.length + analyzed.tokens.length) * 4 * 5));
  w.uint(ANALYSIS_FORMAT);
  w.text(joined);
  w.uint(analyzed.sentences.length);
  let end = 0;
  let paragraph = 0;
  for (const s of analyzed.sentences) {
    w.uint(s.start - end);
    w.uint(s.end - s.start);
    w.uint(s.paragraph - paragraph);
    w.uint(s.tokenEnd - s.tokenStart);
    let tokenEnd = s.start;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = analyzed.tokens[i]!;
      w.uint(t.start - tokenEnd);
      w.uint((t.end - t.start) * 4 + (t.isStop ? STOP : 0) + (t.kind === 'number' ? NUMBER : 0));
      w.uint(forms[i]![0]);
      w.uint(forms[i]![1]);
      tokenEnd = t.end;
    }
    [end, paragraph] = [s.end, s.paragraph];
  }
  return w.done();
}

/** The AnalyzedText of `text` in `language` from `bytes` (as encodeAnalysis made them); null when they are of another format. */
export function decodeAnalysis(text: string, language: string, bytes: Uint8Array): AnalyzedText | null {
  const r = new Reader(bytes);
  if (r.uint() !== ANALYSIS_FORMAT) return null;
  const forms = r.text().split('\0');
  const sentences: Sentence[] = new Array(r.uint());
  const tokens: Token[] = [];
  let end = 0;
  let paragraph = 0;
  for (let index = 0; index < sentences.length; index++) {
    const start = end + r.uint();
    end = start + r.uint();
    paragraph += r.uint();
    const tokenStart = tokens.length;
    const count = r.uint();
    let tokenEnd = start;
    for (let i = 0; i < count; i++) {
      const at = tokenEnd + r.uint();
      const lengthAndFlags = r.uint();
      tokenEnd = at + (lengthAndFlags >>> 2);
      tokens.push({
        start: at, end: tokenEnd, surface: text.slice(at, tokenEnd), norm: forms[r.uint()]!, stem: forms[r.uint()]!,
        isStop: (lengthAndFlags & STOP) !== 0, kind: lengthAndFlags & NUMBER ? 'number' : 'word', sentence: index,
      });
    }
    sentences[index] = { index, start, end, text: text.slice(start, end), paragraph, tokenStart, tokenEnd: tokens.length };
  }
  if (!r.ended || end > text.length) throw new RangeError('stored analysis does not fit its text');
  return { text, language, sentences, tokens };
}
