/**
 * @module audit/names
 * Names without a tagger: spans of capitalised words (joined by hyphens and lower-case connectors
 * such as "of" and "for"), split at titles ("Brigadier General", "MP"), typed by head words. A word
 * that is capitalised only because it starts a sentence or a title-case headline counts only when
 * the same text also capitalises it mid-sentence, which is what makes the rule work across languages.
 */
import type { AnalyzedText, FactType, Sentence, Token } from '../core/types.js';
import { type FactSink } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';

const CAPITAL = /^\p{Lu}/u;
const SHOUTING = /^\p{Lu}{6,}$/u;
const OPENER = /(?:["“‘(:•*]|(?:^|\s)'|\s[-–—])\s*$/;
const INITIALISM = /^(?:\p{Lu}\.?){2,6}$/u;

function unpunctuated(s: Sentence): boolean {
  return !/[.!?…]$/.test(s.text.replace(/["“”'’)\]]+$/, ''));
}

/** A line of its own, without a full stop, mostly in capitals. */
function isHeadline(s: Sentence, tokens: readonly Token[], alone: boolean): boolean {
  if (!alone || !unpunctuated(s)) return false;
  const long = tokens.filter((t) => t.kind === 'word' && t.surface.length >= 4);
  return long.length >= 3 && long.filter((t) => CAPITAL.test(t.surface)).length >= long.length * 0.6;
}

function isInitial(text: string, tokens: readonly Token[], i: number, s: Sentence): boolean {
  const before = text.slice(i === 0 ? s.start : tokens[i - 1].end, tokens[i].start);
  return i === 0 || OPENER.test(before);
}

/** Sentences read as headlines, and the words a text capitalises mid-sentence. */
export function capitalisation(analyzed: AnalyzedText): { headlines: Set<number>; attested: Set<string> } {
  const headlines = new Set<number>();
  const attested = new Set<string>();
  const perParagraph = new Map<number, number>();
  for (const s of analyzed.sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  for (const s of analyzed.sentences) {
    const tokens = analyzed.tokens.slice(s.tokenStart, s.tokenEnd);
    const alone = perParagraph.get(s.paragraph) === 1;
    // An unpunctuated first line is a title, whatever its capitalisation.
    if (isHeadline(s, tokens, alone) || (s.index === 0 && alone && unpunctuated(s))) {
      headlines.add(s.index);
      continue;
    }
    tokens.forEach((t, i) => {
      if (CAPITAL.test(t.surface) && !isInitial(analyzed.text, tokens, i, s)) attested.add(t.norm);
    });
  }
  return { headlines, attested };
}

interface Piece {
  readonly tokens: Token[];
  afterTitle: boolean;
}

/**
 * Type by cues: organisation heads and legal suffixes ("Ltd", "AG"), initialisms, a title before a
 * person, place heads and prepositions; a name written inside quotation marks or brackets without a
 * title is a work or product ("Notes on Falling Leaves", "(His Dark Materials)"), not a person.
 */
function typeOf(piece: Piece, lex: Lexicon, previousWord: string | undefined, enclosed: boolean): FactType {
  const norms = piece.tokens.map((t) => t.norm.replace(/'s$/, ''));
  const last = norms[norms.length - 1];
  if (norms.some((n) => lex.organisationHeads.includes(n)) || lex.legalSuffixes.includes(last)) return 'organization';
  if (norms.length === 1 && INITIALISM.test(piece.tokens[0].surface)) return ['us', 'uk', 'usa', 'uae'].includes(last) ? 'place' : 'organization';
  if (piece.afterTitle) return 'person';
  if (enclosed) return 'entity';
  if (lex.placeHeads.includes(norms[0]) || lex.placeHeads.includes(last)) return 'place';
  if (norms.length === 1 && previousWord && lex.placePrepositions.includes(previousWord)) return 'place';
  if (norms.length >= 2 && norms.length <= 3) return 'person';
  return 'entity';
}

/** Adds person, organisation, place and entity facts of every sentence to `sink`. */
export function extractNames(analyzed: AnalyzedText, lex: Lexicon, sink: FactSink): void {
  const { headlines, attested } = capitalisation(analyzed);
  const { text } = analyzed;
  const months = new Set(Object.keys(lex.months).filter((m) => m !== 'may'));
  const lowerWords = new Set(analyzed.tokens.filter((t) => !CAPITAL.test(t.surface)).map((t) => t.norm));
  for (const s of analyzed.sentences) {
    const tokens = analyzed.tokens.slice(s.tokenStart, s.tokenEnd);
    const headline = headlines.has(s.index);
    const accept = (i: number) => {
      const t = tokens[i];
      if (!t || !CAPITAL.test(t.surface) || SHOUTING.test(t.surface) || t.kind !== 'word') return false;
      if (months.has(t.norm) || lex.weekdays.includes(t.norm.replace(/'s$/, ''))) return false;
      if (lex.pronouns.includes(t.norm) || /^i(?:'|$)/.test(t.norm)) return false;
      if (t.isStop && (headline || isInitial(text, tokens, i, s))) return false;
      if (headline || isInitial(text, tokens, i, s)) return attested.has(t.norm) || (!headline && startsName(i));
      return true;
    };
    const gap = (i: number) => text.slice(tokens[i - 1].end, tokens[i].start);
    /** "Curt Hopkins said": an opening word never written in lower case, before another capital. */
    const startsName = (i: number) => {
      const next = tokens[i + 1];
      return !!next && gap(i + 1) === ' ' && CAPITAL.test(next.surface) && !next.isStop && !lex.titles.includes(next.norm)
        && !lowerWords.has(tokens[i].norm) && !lex.openers.includes(tokens[i].norm) && !/ly$/.test(tokens[i].norm);
    };
    const joiner = (i: number) => lex.connectors.includes(tokens[i].norm) || lex.andWords.includes(tokens[i].norm);
    /** Index of the capitalised word after one or two connectors ("Institute for the Study"), or -1. */
    const connectorRun = (j: number) => {
      for (let k = j + 1; k <= j + 2 && k + 1 < tokens.length && joiner(k) && gap(k) === ' '; k++) {
        if (gap(k + 1) === ' ' && accept(k + 1)) return k + 1;
      }
      return -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!accept(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && !/'s$/.test(tokens[j].norm)) {
        const g = gap(j + 1);
        if ((g === ' ' || g === '-') && accept(j + 1)) j++;
        else {
          const next = connectorRun(j);
          if (next < 0) break;
          j = next;
        }
      }
      emit(tokens.slice(i, j + 1), i > 0 ? tokens[i - 1].norm : undefined);
      i = j;
    }
  }

  function emit(span: Token[], previousWord: string | undefined): void {
    const pieces: Piece[] = [];
    let current: Piece = { tokens: [], afterTitle: false };
    for (const t of span) {
      if (lex.titles.includes(t.norm) || lex.titles.includes(t.norm.replace(/\.$/, ''))) {
        if (current.tokens.length) pieces.push(current);
        current = { tokens: [], afterTitle: true };
      } else current.tokens.push(t);
    }
    if (current.tokens.length) pieces.push(current);
    for (const piece of pieces.flatMap(splitAtAnd)) {
      while (piece.tokens.length && (lex.leadingArticles.includes(piece.tokens[0].norm) || lex.connectors.includes(piece.tokens[0].norm))) piece.tokens.shift();
      while (piece.tokens.length && (lex.connectors.includes(piece.tokens[piece.tokens.length - 1].norm) || lex.andWords.includes(piece.tokens[piece.tokens.length - 1].norm))) piece.tokens.pop();
      if (!piece.tokens.length) continue;
      const first = piece.tokens[0];
      const last = piece.tokens[piece.tokens.length - 1];
      const end = /['’]s$/.test(last.surface) ? last.end - 2 : last.end;
      const value = nameValue(text.slice(first.start, end));
      // Opened by a bracket or quotation mark a few words before, closed right after.
      const enclosed = /[("“][\p{L}\s'’-]{0,30}$/u.test(text.slice(Math.max(0, first.start - 32), first.start)) && /^[)"”]/.test(text.slice(end, end + 1));
      if (value) sink.add(typeOf(piece, lex, first === span[0] ? previousWord : undefined, enclosed), first.start, end, value, first.sentence);
    }
  }

  /** "Russia and Iran" is two names; "Research and Self-Reliance Jihad Organization" is one. */
  function splitAtAnd(piece: Piece): Piece[] {
    const last = piece.tokens[piece.tokens.length - 1]?.norm ?? '';
    if (lex.organisationHeads.includes(last)) return [piece];
    const out: Piece[] = [];
    let current: Piece = { tokens: [], afterTitle: piece.afterTitle };
    for (const t of piece.tokens) {
      if (lex.andWords.includes(t.norm)) {
        out.push(current);
        current = { tokens: [], afterTitle: false };
      } else current.tokens.push(t);
    }
    out.push(current);
    return out;
  }
}

/** Folded comparison key of a name: "U.S." → "us", "Self-Reliance" → "self reliance". */
export function nameValue(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
