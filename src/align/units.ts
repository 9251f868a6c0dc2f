/**
 * @module align/units
 * Alignment units: sentences with hard-wrapped fragments joined back. The text stage treats every
 * line break as a boundary, so a wrapped line ("...will need to have a") is only part of a sentence;
 * aligning fragments against differently wrapped fragments would split every copied block.
 */
import type { AnalyzedText, Token } from '../core/types.js';

export interface Unit {
  readonly index: number;
  /** First and last (inclusive) sentence index of the analysed text. */
  readonly firstSentence: number;
  readonly lastSentence: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

/** A sentence ending like this closes its unit even when the next line continues the paragraph. */
const TERMINAL = /[.!?…:;"”’»)\]]$/u;

export function buildUnits(text: AnalyzedText): Unit[] {
  const units: Unit[] = [];
  const { sentences, tokens } = text;
  let first = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1];
    const joinsNext =
      next !== undefined &&
      next.paragraph === s.paragraph &&
      !TERMINAL.test(s.text) &&
      // Only a line break separates them: the segmenter never ends a sentence mid-line without punctuation.
      /^[ \t]*\r?\n[ \t]*$/.test(text.text.slice(s.end, next.start));
    if (joinsNext) continue;
    const head = sentences[first];
    units.push({
      index: units.length,
      firstSentence: first,
      lastSentence: i,
      start: head.start,
      end: s.end,
      tokens: tokens.slice(head.tokenStart, s.tokenEnd),
    });
    first = i + 1;
  }
  return units;
}

export interface UnitsWithTerms {
  readonly units: readonly Unit[];
  /** Content terms of each unit, by unit index. */
  readonly terms: readonly (readonly string[])[];
}

const unitsByText = new WeakMap<AnalyzedText, UnitsWithTerms>();

/**
 * Units and their content terms remembered per analysed text (read-only), since corpus ingest
 * aligns one text against many candidates.
 */
export function unitsWithTerms(text: AnalyzedText): UnitsWithTerms {
  let hit = unitsByText.get(text);
  if (!hit) {
    const units = buildUnits(text);
    unitsByText.set(text, (hit = { units, terms: units.map((u) => contentTerms(u.tokens)) }));
  }
  return hit;
}

/** Content terms of a token list: stems of non-stop words and numbers. */
export function contentTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (!t.isStop && (t.kind === 'number' || t.stem.length > 1)) out.push(t.stem);
  return out;
}
