/**
 * @module audit/synonyms
 * Words that share a meaning, so that a clause reworded with synonyms ("too expensive" ~ "too costly",
 * "accused" ~ "charges") counts as stated. The table is written at build time from WordNet by
 * scripts/synonyms.mjs for the languages whose lexicon names one: one line per stem, sorted, with the
 * ids of the groups it belongs to ("expens 812,3301"). It is read on first use, and stems are found by
 * binary search in the text as read, so a run pays for the file read and the stems it asks about
 * rather than for building a map of some 40,000 stems.
 */
import { existsSync, readFileSync } from 'node:fs';
import { perLexicon } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';

export interface Synonyms {
  /** Groups a stem belongs to; empty when it has no synonyms. */
  groupsOf(stem: string): readonly number[];
}

const NONE: Synonyms = { groupsOf: () => [] };

/** Looks stems up in a table of sorted lines "stem id,id". */
export function parseSynonyms(table: string): Synonyms {
  const starts: number[] = [];
  for (let at = 0; at < table.length; at = table.indexOf('\n', at) + 1 || table.length) if (table[at] !== '\n') starts.push(at);
  const stemAt = (k: number) => table.slice(starts[k], table.indexOf(' ', starts[k]));
  const cache = new Map<string, readonly number[]>();
  const find = (stem: string): readonly number[] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const here = stemAt(mid);
      if (here === stem) {
        const from = starts[mid] + here.length + 1;
        const end = table.indexOf('\n', from);
        return table.slice(from, end < 0 ? table.length : end).split(',').map(Number);
      }
      if (here < stem) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  };
  return {
    groupsOf(stem) {
      let groups = cache.get(stem);
      if (!groups) cache.set(stem, (groups = find(stem)));
      return groups;
    },
  };
}

/** The lexicon's synonym table, or none when the language has no table or it was not built. */
export const synonymsFor = perLexicon((lex: Lexicon): Synonyms => {
  const file = lex.synonymTable;
  return file && existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8')) : NONE;
});
