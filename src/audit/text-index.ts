/**
 * @module audit/text-index
 * Everything the audit asks of "the other text": its facts, stems, capitalised words and a canonical
 * folded copy, and the question "does it state this fact anywhere?" for each kind of fact.
 */
import type { AnalyzedText, Fact } from '../core/types.js';
import { dateCovers } from './dates.js';
import { canonicalPhrase } from './equivalences.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { nameValue } from './names.js';
import { amountOf } from './quantities.js';
import { stemmerFor, stopwordsFor } from '../text/index.js';

export interface TextIndex {
  readonly analyzed: AnalyzedText;
  readonly facts: readonly Fact[];
  readonly lexicon: Lexicon;
  readonly stems: ReadonlySet<string>;
  /** Folded words written with a capital somewhere. */
  readonly capitalWords: ReadonlySet<string>;
  /** " canonical folded text " for phrase look-ups at word boundaries. */
  readonly canonical: string;
  readonly sentenceFacts: ReadonlyMap<number, readonly Fact[]>;
  /** Content words of `canonical`, in order, for acronym look-ups. */
  readonly contentWords: readonly string[];
  /** Places the capitalised words point to, as demonyms ("iranian" → "iran"). */
  readonly demonymBases: ReadonlySet<string>;
}

export const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'entity']);

export function indexText(analyzed: AnalyzedText, facts: readonly Fact[]): TextIndex {
  const sentenceFacts = new Map<number, Fact[]>();
  for (const f of facts) sentenceFacts.set(f.sentence, [...(sentenceFacts.get(f.sentence) ?? []), f]);
  const lexicon = lexiconFor(analyzed.language);
  const canonical = ` ${canonicalPhrase(nameValue(analyzed.text), analyzed.language)} `;
  const capitalWords = new Set(analyzed.tokens.filter((t) => /^\p{Lu}/u.test(t.surface)).map((t) => t.norm.replace(/'s$/, '')));
  const demonymBases = new Set<string>();
  for (const w of capitalWords) {
    const base = demonymBase(w, lexicon);
    if (base) demonymBases.add(base);
  }
  return {
    analyzed,
    facts,
    lexicon,
    stems: new Set(analyzed.tokens.flatMap((t) => [t.stem, t.norm])),
    capitalWords,
    canonical,
    sentenceFacts,
    contentWords: canonical.split(' ').filter((w) => w && !lexicon.connectors.includes(w) && w !== 'and'),
    demonymBases,
  };
}

/** Place a demonym points to ("iranian" → "iran", "british" → "britain"), or null. */
export function demonymBase(word: string, lex: Lexicon): string | null {
  if (lex.demonyms[word]) return lex.demonyms[word];
  for (const suffix of lex.demonymSuffixes) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return null;
}

/** "Iranian" ~ "Iran" in either direction. */
function demonymMatches(word: string, other: TextIndex): boolean {
  if (other.demonymBases.has(word)) return true;
  const base = demonymBase(word, other.lexicon) ?? word;
  if (other.capitalWords.has(base) || other.demonymBases.has(base)) return true;
  // Stems that differ in a final vowel: "Ukrainian" ~ "Ukraine", "Russian" ~ "Russia".
  return [`${base}e`, `${base}a`, `${base}y`, base.replace(/i$/, 'y')].some((w) => other.capitalWords.has(w) || other.demonymBases.has(w));
}

/** "ISW" ~ "Institute for the Study of War": initials of consecutive content words. */
function acronymMatches(value: string, other: TextIndex): boolean {
  if (!/^[a-z]{2,6}$/.test(value)) return false;
  const words = other.contentWords;
  for (let i = 0; i + value.length <= words.length; i++) {
    if (words[i][0] !== value[0]) continue;
    let ok = true;
    for (let k = 1; k < value.length && ok; k++) ok = words[i + k][0] === value[k];
    if (ok) return true;
  }
  return false;
}

export function nameStated(fact: Fact, other: TextIndex): boolean {
  const value = canonicalPhrase(fact.value, other.analyzed.language);
  if (other.canonical.includes(` ${value} `)) return true;
  const words = value.split(' ').filter((w) => !other.lexicon.connectors.includes(w) && w !== 'and');
  if (words.length > 1 && words.every((w) => other.capitalWords.has(w) || other.canonical.includes(` ${w} `))) return true;
  // "European Central Bank" ~ "ECB": the other text uses the name's initials as a word of its own.
  if (words.length > 1 && words.length <= 6 && other.capitalWords.has(words.map((w) => w[0]).join(''))) return true;
  // Single words are tried as written too: "Britain" ~ "British" before "Britain" becomes "uk".
  return [words.length === 1 ? words[0] : '', fact.value.includes(' ') ? '' : fact.value]
    .some((w) => w !== '' && (demonymMatches(w, other) || acronymMatches(w, other)));
}

/** Whether `other` states the fact anywhere (the test for `kept`). */
export function isStated(fact: Fact, other: TextIndex): boolean {
  if (NAME_TYPES.has(fact.type)) return nameStated(fact, other);
  if (fact.type === 'date') {
    if (other.facts.some((g) => g.type === 'date' && dateCovers(g.value, fact.value))) return true;
    // "this week" is the week of the days the other text names ("on Friday and Saturday").
    if (fact.value === 'rel:this week' && other.facts.some((g) => g.value.startsWith('wd:'))) return true;
    const year = /^y(\d{4})$/.exec(fact.value);
    return !!year && other.stems.has(year[1]);
  }
  if (fact.type === 'number' || fact.type === 'money') {
    if (fact.value.startsWith('score:')) return other.facts.some((g) => g.value === fact.value);
    const amount = amountOf(fact.value);
    return other.facts.some((g) => (g.type === 'number' || g.type === 'money') && amountOf(g.value) === amount)
      || (Number.isInteger(amount) && other.stems.has(String(amount)));
  }
  if (fact.type === 'quote') return contentShare(fact.value, other) >= 0.5;
  return false;
}

/** Share of the content words of a folded phrase whose stem occurs in `other`. */
export function contentShare(folded: string, other: TextIndex): number {
  const stop = stopwordsFor(other.analyzed.language);
  const stem = stemmerFor(other.analyzed.language);
  const words = folded.split(' ').filter((w) => w.length > 1 && !stop.has(w));
  if (words.length === 0) return 1;
  return words.filter((w) => other.stems.has(w) || other.stems.has(stem(w))).length / words.length;
}
