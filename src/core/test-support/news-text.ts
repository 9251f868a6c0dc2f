/**
 * @module core/test-support/news-text
 * fast-check arbitraries for the robustness properties: news-like texts (names with accents, sums,
 * dates, quotes, attributions, paragraphs) built from invented parts, plus the variants that must
 * not change a result (spacing, line ends, Unicode normalisation form).
 */
import fc from 'fast-check';

/** Every property runs with this seed, so a failure is the same failure on every machine. */
export const SEED = 20261201;

const NAMES = ['Anna Keller', 'José Álvarez', 'Zoë Müller', 'Łukasz Nowak', 'Søren Østergaard', 'Nguyễn Văn An', 'Amélie Dubois'];
const PLACES = ['Lindenport', 'São Brás', 'Malmö', 'Kraków', 'the northern suburbs', 'Zürich'];
const ORGS = ['the city council', 'Harbour Transit Authority', 'the Ministry of Finance', 'Café Société Ltd'];
const SUMS = ['240 million euros', '$3.5 billion', '12,400', '7.5%', '£18m', '1.2 million people'];
const DATES = ['on Tuesday', 'on March 5, 2024', 'in 2027', 'last week', 'on 12 June'];
const VERBS = ['approved', 'rejected', 'delayed', 'announced', 'questioned', 'funded'];
const NOUNS = ['a new tram line', 'the budget', 'the harbour plan', 'a school reform', 'the flood defences'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** One sentence of a news report: a plain statement, an attributed quote or a claim with a number. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(ORGS), pick(VERBS), pick(NOUNS), pick(DATES)).map(([o, v, n, d]) => `${o[0]!.toUpperCase()}${o.slice(1)} ${v} ${n} ${d}.`),
  fc.tuple(pick(NAMES), pick(NOUNS), pick(SUMS)).map(([who, n, s]) => `“${n[0]!.toUpperCase()}${n.slice(1)} will cost ${s},” said ${who}.`),
  fc.tuple(pick(PLACES), pick(SUMS), pick(DATES)).map(([p, s, d]) => `In ${p}, ${s} were spent ${d}, according to ${NAMES[0]}.`),
  fc.tuple(pick(NAMES), pick(ORGS), pick(PLACES)).map(([who, o, p]) => `${who}, who leads ${o} in ${p}, declined to comment.`),
);

/** Paragraphs of sentences separated by blank lines. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 5 })
  .map((paragraphs) => paragraphs.join('\n\n'));

/** A news text and a retelling of it: sentences kept, dropped, reordered and added. */
export const newsPair: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.array(sentence, { minLength: 2, maxLength: 10 }), fc.array(sentence, { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }))
  .map(([source, added, keep]) => {
    const kept = source.filter((_, i) => keep[i]);
    return [source.join(' '), [...added.slice(0, 1), ...kept, ...added.slice(1)].join(' ') || source[0]!];
  });

/** Any string, including control characters, lone surrogates and every Unicode plane. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

/** Spacing and line ends a copy-paste or another editor may add, none of which changes the words. */
export function respaced(text: string): string {
  return text.replace(/ /g, '  ').replace(/\n/g, '\r\n').replace(/^/, ' \t').replace(/$/, ' \n');
}
