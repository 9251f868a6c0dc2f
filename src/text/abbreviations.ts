/**
 * @module text/abbreviations
 * Words ending in a full stop after which a sentence does not end. Intl.Segmenter applies no
 * suppressions, so "U.S. Treasury" or "Jan. 6" would otherwise be cut in two.
 */

const COMMON = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt',
  'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'messrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'no', 'nos', 'vol', 'pp', 'fig', 'vs', 'v', 'etc', 'al', 'cf', 'ca', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y',
  // Spanish, Italian, Dutch, German, French, Portuguese titles.
  'sra', 'srta', 'dra', 'ing', 'lic', 'sig', 'dott', 'avv', 'dhr', 'mevr', 'hr', 'fr', 'mme', 'mlle', 'nr', 'bzw', 'usw', 'z.b',
];

const SET: ReadonlySet<string> = new Set(COMMON);

/**
 * Whether `segment` ends in an abbreviation or an initial (a single capital with a full stop),
 * so that the next segment belongs to the same sentence.
 */
export function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(\["“'])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = match[1];
  if (/^\p{Lu}$/u.test(word)) return true;
  return SET.has(word.toLowerCase());
}
