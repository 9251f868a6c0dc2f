/**
 * @module text/stem
 * Snowball stemmers (via @orama/stemmers) by ISO 639-1 code. Languages without one fall back to the
 * folded form, so nothing downstream depends on English.
 */
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as uk } from '@orama/stemmers/ukrainian';
import { stemmer as sv } from '@orama/stemmers/swedish';

export type Stemmer = (word: string) => string;

const STEMMERS: Readonly<Record<string, Stemmer>> = { en, es, it, nl, de, fr, pt, ru, uk, sv };

const identity: Stemmer = (word) => word;

/** The stemmer for a language; identity when none is known. */
export function stemmerFor(language: string): Stemmer {
  return STEMMERS[language] ?? identity;
}
