/**
 * @module text/stopwords
 * Stop-word lists by ISO 639-1 code (from @orama/stopwords).
 */
import { stopwords as en } from '@orama/stopwords/english';
import { stopwords as es } from '@orama/stopwords/spanish';
import { stopwords as it } from '@orama/stopwords/italian';
import { stopwords as nl } from '@orama/stopwords/dutch';
import { stopwords as de } from '@orama/stopwords/german';
import { stopwords as fr } from '@orama/stopwords/french';
import { stopwords as pt } from '@orama/stopwords/portuguese';
import { stopwords as ru } from '@orama/stopwords/russian';
import { stopwords as uk } from '@orama/stopwords/ukrainian';
import { stopwords as sv } from '@orama/stopwords/swedish';

const LISTS: Readonly<Record<string, readonly string[]>> = { en, es, it, nl, de, fr, pt, ru, uk, sv };
const SETS = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** Folded stop words of a language; empty for languages without a list. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = SETS.get(language);
  if (!set) {
    const list = LISTS[language];
    set = list ? new Set(list.map((w) => w.toLowerCase().replace(/[’‘]/g, "'"))) : EMPTY;
    SETS.set(language, set);
  }
  return set;
}
