/**
 * @module audit/lexicon
 * The language-specific word lists the fact grammars need, looked up by ISO 639-1 code. Only English
 * is written so far; other languages fall back to it, and the capitalisation and digit rules that do
 * most of the work are language-neutral anyway.
 */
import { english } from './lexicon-en.js';

export interface Lexicon {
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: readonly string[];
  readonly seasons: Readonly<Record<string, string>>;
  readonly holidays: readonly string[];
  readonly relativeDate: readonly RegExp[];
  readonly numberWords: Readonly<Record<string, number>>;
  readonly scales: Readonly<Record<string, number>>;
  /** Denominator words ("thirds") for spelled fractions ("two thirds"). */
  readonly fractions: Readonly<Record<string, number>>;
  /** Spelled ordinals ("eighteenth"); ones that are also units ("second") are left out. */
  readonly ordinalWords: Readonly<Record<string, number>>;
  /** Words joining a count to its whole in a ratio ("three in four", "two out of five"). */
  readonly ratioWords: readonly string[];
  /** Percentage-point words, and basis-point words (hundredths of a point). */
  readonly pointWords: readonly string[];
  readonly basisPointWords: readonly string[];
  readonly currencyWords: Readonly<Record<string, string>>;
  readonly percentWords: readonly string[];
  /** Unit spellings to one canonical unit, so "60m" and "60 metres" compare equal. */
  readonly units: Readonly<Record<string, string>>;
  /** Lower-case words allowed inside a capitalised name ("Court of Arbitration for Sport"). */
  readonly connectors: readonly string[];
  /** Joins two names only when the whole reads as one organisation ("Research and Self-Reliance ... Organization"). */
  readonly andWords: readonly string[];
  readonly leadingArticles: readonly string[];
  /** Titles and roles that precede a name but are not part of it. */
  readonly titles: readonly string[];
  readonly organisationHeads: readonly string[];
  /** Company-form suffixes that make a name an organisation ("Ltd", "AG", "GmbH"). */
  readonly legalSuffixes: readonly string[];
  readonly placeHeads: readonly string[];
  readonly placePrepositions: readonly string[];
  readonly speechVerbs: readonly string[];
  readonly auxiliaries: readonly string[];
  /** Words that deny a statement ("not", "no", "never"). */
  readonly negations: readonly string[];
  readonly clauseWords: readonly string[];
  readonly speakerStops: readonly string[];
  readonly accordingTo: RegExp;
  /** Words that open a sentence before a name without being part of it ("Meanwhile Ghana said"). */
  readonly openers: readonly string[];
  readonly pronouns: readonly string[];
  /** Words by which a speaker points back to one already named ("the same report"). */
  readonly anaphors: readonly string[];
  /** Irregular adjective-to-place forms; regular ones ("Iranian" ~ "Iran") follow `demonymSuffixes`. */
  readonly demonyms: Readonly<Record<string, string>>;
  readonly demonymSuffixes: readonly string[];
  /** Groups of stems sharing a meaning, one group a line (built by scripts/synonyms.mjs); null when the language has none. */
  readonly synonymTable: URL | null;
}

const LEXICONS: Readonly<Record<string, Lexicon>> = { en: english };

/**
 * English word lists for a language with none written yet, without the English synonyms: that text's
 * stems come from its own stemmer, and an English table would pair them by accident.
 */
const FALLBACK: Lexicon = { ...english, synonymTable: null };

/** The lexicon of a language; English word lists when none is written yet. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language] ?? FALLBACK;
}
