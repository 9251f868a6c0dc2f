/**
 * @module audit/dates
 * Date grammar: day-month-year in either order, month-year, bare months, seasons with a year,
 * weekdays, holidays, relative phrases ("last fall", "end of the year") and bare years. Values are
 * component lists ("y2006 m07 d15", "wd:monday", "rel:last autumn") so that partial dates compare.
 */
import { alternation, type FactSink, matchesIn, perLexicon, type SentenceScope } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateValue(year: string | undefined, month: number | undefined, day: string | undefined): string {
  const parts: string[] = [];
  if (year) parts.push(`y${year}`);
  if (month) parts.push(`m${pad(month)}`);
  if (day) parts.push(`d${pad(Number(day))}`);
  return parts.join(' ');
}

const grammar = perLexicon((lex: Lexicon) => {
  const month = `(${alternation(Object.keys(lex.months), true)})\\.?`;
  const ord = '(?:st|nd|rd|th)?';
  const season = `(${alternation(Object.keys(lex.seasons))})`;
  return {
    dayMonth: new RegExp(`\\b(\\d{1,2})${ord}\\s+${month}(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    monthDay: new RegExp(`\\b${month}\\s+(\\d{1,2})${ord}(?!\\d)(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    monthYear: new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'g'),
    seasonYear: new RegExp(`\\b${season}\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    relative: lex.relativeDate.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}g`)),
    month: new RegExp(`\\b(?:(?:early|mid|late)[- ])?${month}(?![\\p{L}])`, 'gu'),
    holiday: new RegExp(`\\b(${alternation(lex.holidays, true)})\\b`, 'g'),
    weekday: new RegExp(`\\b(${alternation(lex.weekdays, true)})\\b`, 'g'),
    year: /(?<![\d.,$€£¥₹₽\p{L}-])(1[89]\d\d|20\d\d)(?![\d%\p{L}]|\s*(?:per\s*cent|percent))/gu,
  };
});

/** Adds the date facts of one sentence to `sink`. */
export function extractDates(scope: SentenceScope, sink: FactSink): void {
  const lex = scope.lexicon;
  const g = grammar(lex);
  const monthOf = (s: string) => lex.months[s.toLowerCase().replace(/\.$/, '')];
  const index = scope.sentence.index;
  // "Jan." keeps its full stop; "March." at the end of a sentence does not.
  const add = (start: number, end: number, value: string) => {
    const text = scope.analyzed.text.slice(start, end);
    const word = /(\p{L}+)\.$/u.exec(text)?.[1].toLowerCase() ?? '';
    const trimmed = word.length >= 5 || ['may', 'june', 'july'].includes(word) ? end - 1 : end;
    sink.add('date', start, trimmed, value, index);
  };

  for (const { m, start, end } of matchesIn(scope, g.dayMonth)) add(start, end, dateValue(m[3], monthOf(m[2]), m[1]));
  for (const { m, start, end } of matchesIn(scope, g.monthDay)) add(start, end, dateValue(m[3], monthOf(m[1]), m[2]));
  for (const { m, start, end } of matchesIn(scope, g.monthYear)) add(start, end, dateValue(m[2], monthOf(m[1]), undefined));
  for (const { m, start, end } of matchesIn(scope, g.seasonYear)) add(start, end, `y${m[2]} ${lex.seasons[m[1].toLowerCase()]}`);
  for (const re of g.relative) {
    for (const { m, start, end } of matchesIn(scope, re)) {
      const words = m[0].toLowerCase().split(/\s+/).map((w) => lex.seasons[w] ?? w).filter((w) => w !== 'the' && w !== 'in');
      add(start, end, `rel:${words.join(' ')}`);
    }
  }
  for (const { m, start, end } of matchesIn(scope, g.month)) {
    if (m[1].toLowerCase() === 'may' && !/^May$/.test(m[1])) continue;
    // "The Darling Buds of May": a month closing a capitalised title is part of the name.
    if (/\p{Lu}\p{L}*\s+of\s+$/u.test(scope.analyzed.text.slice(Math.max(0, start - 40), start))) continue;
    add(start, end, dateValue(undefined, monthOf(m[1]), undefined));
  }
  for (const { m, start, end } of matchesIn(scope, g.holiday)) add(start, end, `hol:${m[1].toLowerCase()}`);
  for (const { m, start } of matchesIn(scope, g.weekday)) add(start, start + m[1].length, `wd:${m[1].toLowerCase()}`);
  for (const { m, start, end } of matchesIn(scope, g.year)) add(start, end, `y${m[1]}`);
}

/** Whether date value `a` is stated by `b`: equal, or `b` is more specific and agrees on every part of `a`. */
export function dateCovers(b: string, a: string): boolean {
  if (a === b) return true;
  if (a.includes(':') || b.includes(':')) return false;
  const bParts = new Set(b.split(' '));
  return a.split(' ').every((p) => bParts.has(p));
}

/** Coarse kind of a date value, used to pair a changed date with its replacement. */
export function dateKind(value: string): string {
  if (value.startsWith('wd:')) return 'weekday';
  if (value.includes(':')) return value.slice(0, value.indexOf(':'));
  return value.split(' ').map((p) => p[0]).join('');
}
