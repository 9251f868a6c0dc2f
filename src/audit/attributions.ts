/**
 * @module audit/attributions
 * Who a sentence says its information comes from: "officials said", "U.S. officials say", "X writes",
 * "said a CAS statement", "according to the country's air force". The value is the speaker's content
 * words (folded, stemmed, with equivalences applied), so "US officials" and "U.S. officials" agree.
 */
import type { Token } from '../core/types.js';
import { canonicalWords } from './equivalences.js';
import type { FactSink, SentenceScope } from './fact-builder.js';

const PUNCT = /[,;:"“”()[\]—–]|\s-\s/;
const QUOTE_BEFORE = /["”’]\s*$/;
const PREPOSITIONS: ReadonlySet<string> = new Set(['among', 'amid', 'with', 'by', 'for', 'of', 'on', 'in', 'at', 'from', 'under', 'over', 'into', 'about']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const MAX_SPEAKER = 8;

/** Adds attribution facts of one sentence to `sink`. */
export function extractAttributions(scope: SentenceScope, sink: FactSink): void {
  const { analyzed, sentence, lexicon: lex } = scope;
  const tokens = analyzed.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const text = analyzed.text;
  const gapBefore = (i: number) => text.slice(i === 0 ? sentence.start : tokens[i - 1].end, tokens[i].start);
  // Quoted speech ("Lots of people say it's like an old boys club") reports, it does not attribute.
  const quotes = sink.facts.filter((f) => f.type === 'quote' && f.sentence === sentence.index);
  const add = (speaker: Token[], start: number, end: number) => {
    if (quotes.some((q) => q.span.start <= start && end <= q.span.end)) return;
    const value = speakerValue(speaker, scope);
    if (value) sink.add('attribution', start, end, value, sentence.index, false);
  };
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v];
    if (verb.norm === 'according' && tokens[v + 1]?.norm === 'to') {
      const speaker: Token[] = [];
      for (let k = v + 2; k < tokens.length && speaker.length < 10; k++) {
        if (PUNCT.test(gapBefore(k)) || ['that', 'which', 'who'].includes(tokens[k].norm)) break;
        speaker.push(tokens[k]);
      }
      if (speaker.length) add(speaker, verb.start, speaker[speaker.length - 1].end);
      continue;
    }
    // "reported to have been discussed", "said to be" report nobody's words.
    if (!lex.speechVerbs.includes(verb.norm) || tokens[v + 1]?.norm === 'to') continue;
    const before = speakerBefore(v);
    if (before === null) continue;
    if (before.length) {
      add(before, before[0].start, verb.end);
      continue;
    }
    // Speaker after the verb, straight after a quotation: '," said a CAS statement'.
    if (!QUOTE_BEFORE.test(gapBefore(v))) continue;
    const after: Token[] = [];
    for (let j = v + 1; j < tokens.length && after.length < MAX_SPEAKER; j++) {
      if (PUNCT.test(gapBefore(j)) || (after.length > 0 && lex.speakerStops.includes(tokens[j].norm))) break;
      if (after.length === 0 && (lex.clauseWords.includes(tokens[j].norm) || lex.pronouns.includes(tokens[j].norm))) break;
      after.push(tokens[j]);
    }
    if (after.length) add(after, verb.start, after[after.length - 1].end);
  }

  /**
   * The speaker written before verb `v` ("U.S. officials say", "the Biden administration has
   * warned", "Terry Madigan, said"); [] when there is none, null when the verb is passive or its
   * subject a pronoun, so it is no attribution at all.
   */
  function speakerBefore(v: number): Token[] | null {
    let k = v - 1;
    while (k >= 0 && lex.auxiliaries.includes(tokens[k].norm) && !PUNCT.test(gapBefore(k + 1))) k--;
    if (k < v - 1 && PASSIVE.has(tokens[v - 1].norm)) return null;
    if (k < 0) return [];
    if (lex.pronouns.includes(tokens[k].norm) && !PUNCT.test(gapBefore(k + 1))) return null;
    if (PUNCT.test(gapBefore(k + 1))) return appositiveName(k, gapBefore(k + 1));
    const out: Token[] = [];
    for (; k >= 0 && out.length < MAX_SPEAKER; k--) {
      if (lex.clauseWords.includes(tokens[k].norm)) break;
      out.unshift(tokens[k]);
      if (PUNCT.test(gapBefore(k))) break;
    }
    // "Among sweeteners reported ...": a phrase opened by a preposition is not a speaker.
    return out.length && PREPOSITIONS.has(out[0].norm) ? null : out;
  }

  /** "The commission's chief accountant, Donald Nicolaysen, said": the name between the commas. */
  function appositiveName(k: number, gap: string): Token[] {
    if (gap.trim() !== ',') return [];
    const out: Token[] = [];
    for (; k >= 0 && /^\p{Lu}/u.test(tokens[k].surface); k--) {
      out.unshift(tokens[k]);
      if (PUNCT.test(gapBefore(k))) return gapBefore(k).trim() === ',' ? out : [];
    }
    return [];
  }
}

/** Content words of a speaker phrase; empty for pronouns ("he said") so those are not facts. */
function speakerValue(speaker: readonly Token[], scope: SentenceScope): string {
  const lex = scope.lexicon;
  const words = speaker
    .filter((t) => (!t.isStop || /^\p{Lu}/u.test(t.surface)) && !lex.pronouns.includes(t.norm) && !lex.auxiliaries.includes(t.norm))
    .map((t) => t.norm.replace(/'s$/, ''));
  if (words.length === 0) return '';
  return canonicalWords(words, scope.analyzed.language).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)).sort().join(' ');
}
