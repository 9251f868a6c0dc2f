/**
 * @module audit/equivalences
 * Rewrites a phrase into canonical words so that faithful paraphrases of titles and abbreviations
 * ("chief executive" ~ "CEO", "U.S." ~ "United States") compare equal. Lists per language.
 */
import { englishEquivalences } from './equivalences-en.js';

const TABLES: Readonly<Record<string, readonly (readonly string[])[]>> = { en: englishEquivalences };
const COMPILED = new Map<string, Array<[RegExp, string]>>();

function rulesFor(language: string): Array<[RegExp, string]> {
  const key = TABLES[language] ? language : 'en';
  let rules = COMPILED.get(key);
  if (!rules) {
    rules = [];
    for (const group of TABLES[key]) {
      const canonical = group[0];
      for (const alias of [...group].sort((a, b) => b.length - a.length)) {
        rules.push([new RegExp(`(?<=^| )${alias.replace(/ /g, ' ')}(?= |$)`, 'g'), `\u0000${group.indexOf(alias)}:${canonical}\u0000`]);
      }
    }
    COMPILED.set(key, rules);
  }
  return rules;
}

/** Folded, space-separated words with every known alias replaced by its canonical form. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 10_000;

export function canonicalPhrase(folded: string, language: string): string {
  if (folded.length < 200) {
    const key = `${language}\u0001${folded}`;
    let hit = MEMO.get(key);
    if (hit === undefined) {
      if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
      hit = rewrite(folded, language);
      MEMO.set(key, hit);
    }
    return hit;
  }
  return rewrite(folded, language);
}

function rewrite(folded: string, language: string): string {
  let out = ` ${folded.trim().replace(/\s+/g, ' ')} `;
  for (const [re, marker] of rulesFor(language)) out = out.replace(re, (m) => (m.includes('\u0000') ? m : marker));
  return out.replace(/\u0000\d+:([^\u0000]*)\u0000/g, '$1').trim();
}

export function canonicalWords(words: readonly string[], language: string): string[] {
  return canonicalPhrase(words.join(' '), language).split(' ').filter(Boolean);
}
