/**
 * @module text/stem
 * Snowball stemmers (via @orama/stemmers) by ISO 639-1 code. Languages without one fall back to the
 * folded form, so nothing downstream depends on English.
 */
import { createRequire } from 'node:module';

export type Stemmer = (word: string) => string;

// Note: loaded on first use through the packages' CommonJS builds, so a run pays only for the
// languages it meets while `analyze` stays synchronous.
const require = createRequire(import.meta.url);

const PACKAGES: Readonly<Record<string, string>> = {
  en: 'english', es: 'spanish', it: 'italian', nl: 'dutch', de: 'german', fr: 'french', pt: 'portuguese',
  ru: 'russian', uk: 'ukrainian', sv: 'swedish', da: 'danish', fi: 'finnish', no: 'norwegian', ro: 'romanian',
  hu: 'hungarian', tr: 'turkish', el: 'greek', bg: 'bulgarian', ga: 'irish', lt: 'lithuanian', sr: 'serbian',
  ar: 'arabic', id: 'indonesian',
};

const identity: Stemmer = (word) => word;
const loaded = new Map<string, Stemmer>();

/** The stemmer for a language; identity when none is known. */
export function stemmerFor(language: string): Stemmer {
  let stemmer = loaded.get(language);
  if (!stemmer) {
    const name = PACKAGES[language];
    stemmer = name ? (require(`@orama/stemmers/${name}`) as { stemmer: Stemmer }).stemmer : identity;
    loaded.set(language, stemmer);
  }
  return stemmer;
}
