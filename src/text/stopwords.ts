/**
 * @module text/stopwords
 * Stop-word lists by ISO 639-1 code (from @orama/stopwords), loaded on first use.
 */
import { createRequire } from 'node:module';
import { fold } from './fold.js';

const require = createRequire(import.meta.url);

const PACKAGES: Readonly<Record<string, string>> = {
  en: 'english', es: 'spanish', it: 'italian', nl: 'dutch', de: 'german', fr: 'french', pt: 'portuguese',
  ru: 'russian', uk: 'ukrainian', sv: 'swedish', da: 'danish', fi: 'finnish', no: 'norwegian', ro: 'romanian',
  hu: 'hungarian', tr: 'turkish', el: 'greek', bg: 'bulgarian', ga: 'irish', lt: 'lithuanian', sr: 'serbian',
  ar: 'arabic', id: 'indonesian', sl: 'slovenian',
};

const SETS = new Map<string, ReadonlySet<string>>();

/** Folded stop words of a language; empty for languages without a list. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = SETS.get(language);
  if (!set) {
    const name = PACKAGES[language];
    const list = name ? (require(`@orama/stopwords/${name}`) as { stopwords: string[] }).stopwords : [];
    set = new Set(list.map(fold));
    SETS.set(language, set);
  }
  return set;
}
