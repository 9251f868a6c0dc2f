/**
 * @module audit/attribution-diff
 * Who-said-it comparison. A source attribution is kept when a linked derivative sentence credits the
 * same speaker (or the speaker is named anywhere), changed when the linked sentence credits someone
 * the source does not credit there, and dropped when the speaker vanishes from the retelling.
 */
import type { Fact, FactDiff, Token } from '../core/types.js';
import type { Lexicon } from './lexicon.js';
import type { LinkIndex } from './links.js';
import { editSimilarity } from './similarity.js';
import { type TextIndex } from './text-index.js';

/** One speaker's words include the other's; a respelt name ("Bello" ~ "Bellow") is still the same speaker. */
function sameSpeaker(a: Fact, b: Fact): boolean {
  const wa = a.value.split(' ');
  const wb = b.value.split(' ');
  const near = (w: string, list: readonly string[]) => list.some((x) => x === w || (w.length > 3 && editSimilarity(w, x) >= 0.75));
  return wa.every((w) => near(w, wb)) || wb.every((w) => near(w, wa));
}

function named(fact: Fact, other: TextIndex): boolean {
  return fact.value.split(' ').every((w) => other.stems.has(w) || other.stems.has(`${w}s`) || other.canonical.includes(` ${w} `));
}

const attributions = (index: TextIndex, sentence: number) => (index.sentenceFacts.get(sentence) ?? []).filter((f) => f.type === 'attribution');

/** The head noun of a speaker written as a role: "the campaign's director told" → "director"; null for a name. */
function roleHead(f: Fact, lex: Lexicon): string | null {
  const words = f.text.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  if (!/^\p{Ll}/u.test(f.text) && ![...lex.leadingArticles, ...lex.pronouns].includes(words[0])) return null;
  if (f.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const content = words.filter((w) => w && !lex.speechVerbs.includes(w) && !lex.auxiliaries.includes(w) && !lex.leadingArticles.includes(w) && !lex.pronouns.includes(w));
  return content[content.length - 1] ?? null;
}

/** A role dropped here but credited in another sentence of the retelling ("its director, Kurt Hopkins, said"). */
function sameRoleCredited(a: Fact, other: TextIndex): boolean {
  const head = roleHead(a, other.lexicon);
  if (!head) return false;
  // The role may stand beside the credited name ("its director, Kurt Hopkins, said"), so the
  // attribution's whole sentence is read.
  const sentenceOf = (b: Fact) => other.analyzed.sentences[b.sentence];
  return other.facts.some((b) => b.type === 'attribution'
    && other.analyzed.tokens.slice(sentenceOf(b).tokenStart, sentenceOf(b).tokenEnd).some((t) => t.norm === head || t.norm === `${head}s`));
}

/** "According to the same text": a speaker that points back to one already credited adds no source. */
function refersBack(b: Fact, lex: Lexicon): boolean {
  return b.text.toLowerCase().split(/\s+/).some((w) => lex.anaphors.includes(w));
}

/** Sentences before an attribution in which a role noun ("the organisation said") finds its name. */
const ROLE_WINDOW = 3;

/** "He said", "said she": the linked sentence credits someone by pronoun, so the speaker stays. */
function creditedByPronoun(tokens: readonly Token[], lex: Lexicon): boolean {
  return tokens.some((t, i) => lex.speechVerbs.includes(t.norm)
    && [tokens[i - 1], tokens[i + 1]].some((n) => !!n && lex.pronouns.includes(n.norm) && !['this', 'that', 'these', 'those', 'who', 'one', 'there', 'here'].includes(n.norm)));
}

/**
 * "the organisation said" ~ "says Reporters Without Borders": a speaker introduced by an article or
 * possessive and written without capitals is a role, and it is the same speaker when the other
 * side's name stands in the role's own text shortly before it.
 */
function roleOfName(role: Fact, name: Fact, roleText: TextIndex): boolean {
  const lex = roleText.lexicon;
  const roleWords = role.text.split(/\s+/);
  const determined = [...lex.leadingArticles, ...lex.pronouns].includes(roleWords[0].toLowerCase());
  if (!determined || roleWords.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  const nameWords = name.text.split(/\s+/).map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && ![...lex.leadingArticles, ...lex.pronouns].includes(w.toLowerCase())).map((w) => w.toLowerCase());
  if (nameWords.length === 0) return false;
  const sentences = roleText.analyzed.sentences.slice(Math.max(0, role.sentence - ROLE_WINDOW), role.sentence + 1);
  const words = new Set(sentences.flatMap((s) => roleText.analyzed.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.norm.replace(/'s$/, ''))));
  return nameWords.every((w) => words.has(w));
}

export function diffAttributions(source: TextIndex, derivative: TextIndex, links: LinkIndex): FactDiff[] {
  const out: FactDiff[] = [];
  const changedDerivative = new Set<Fact>();
  for (const a of source.facts.filter((f) => f.type === 'attribution')) {
    const pairs = links.bySource(a.sentence);
    const facing = pairs.flatMap((p) => attributions(derivative, p.derivative));
    if (facing.some((b) => sameSpeaker(a, b))) {
      out.push({ status: 'kept', type: 'attribution', source: a, derivative: facing.find((b) => sameSpeaker(a, b)) ?? null, note: `same source credited: ${a.text}` });
      continue;
    }
    const other = facing.find((b) => !changedDerivative.has(b) && !pairs.some((p) => links.byDerivative(p.derivative).some((q) => attributions(source, q.source).some((x) => sameSpeaker(x, b)))));
    if (other && (roleOfName(a, other, source) || roleOfName(other, a, derivative))) {
      changedDerivative.add(other);
      out.push({ status: 'kept', type: 'attribution', source: a, derivative: other, note: `same source, once by role and once by name: ${a.text} ~ ${other.text}` });
    } else if (other) {
      changedDerivative.add(other);
      out.push({ status: 'changed', type: 'attribution', source: a, derivative: other, note: `attribution changed in the aligned sentence: "${a.text}" → "${other.text}"` });
    } else if (named(a, derivative)) {
      out.push({ status: 'kept', type: 'attribution', source: a, derivative: null, note: `speaker still named in the retelling: ${a.text}` });
    } else if (pairs.some((p) => creditedByPronoun(p.derivativeTokens, source.lexicon))) {
      out.push({ status: 'kept', type: 'attribution', source: a, derivative: null, note: `the retelling credits the speaker by pronoun: ${a.text}` });
    } else if (sameRoleCredited(a, derivative)) {
      out.push({ status: 'kept', type: 'attribution', source: a, derivative: null, note: `the retelling credits the same role elsewhere: ${a.text}` });
    } else {
      out.push({ status: 'dropped', type: 'attribution', source: a, derivative: null, note: `attribution left out of the retelling: "${a.text}"` });
    }
  }
  for (const b of derivative.facts.filter((f) => f.type === 'attribution')) {
    if (changedDerivative.has(b)) continue;
    const facing = links.byDerivative(b.sentence).flatMap((p) => attributions(source, p.source));
    if (facing.some((a) => sameSpeaker(a, b)) || named(b, source) || refersBack(b, derivative.lexicon)) continue;
    out.push({ status: 'unsupported', type: 'attribution', source: null, derivative: b, note: `credits a source the original never names: "${b.text}"` });
  }
  return out;
}
