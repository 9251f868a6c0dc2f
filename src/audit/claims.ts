/**
 * @module audit/claims
 * Statements with no name or number to carry them ("the factory has not yet started work") are
 * judged clause by clause. A clause is reported whole, and only when the other text does not support
 * it: fewer than half of its content words are matched by the word alignment of a linked sentence
 * or of the other text's closest sentence, reworded there (an unmatched stretch facing other words
 * of similar length: "broadly flat" ~ "largely unchanged") or used anywhere in the other text; or
 * when it denies what the closest sentence states without denial. It must also be a cut from a
 * sentence that is otherwise retold, or stand in a sentence that is new as a whole: a sentence
 * rewritten throughout restates its clauses in other words. A word whose synonym the other text uses
 * (audit/synonyms) is reworded, not missing. A sentence with a fact already flagged gets no claim:
 * the reader is already sent there, and on the labelled dev-rewrites most such claims were that
 * difference again or a rewording around it. A heading ("Key points:", "What happens next?") states
 * nothing. At most one claim per sentence.
 */
import type { AnalyzedText, Fact, Token } from '../core/types.js';
import { perLexicon } from './fact-builder.js';
import type { Lexicon } from './lexicon.js';
import type { LinkIndex, LinkedPair } from './links.js';
import { capitalisation } from './names.js';
import { type Synonyms, synonymsFor } from './synonyms.js';
import type { TextIndex } from './text-index.js';
import { alignWords, facingRange } from './token-lcs.js';

/** Content words a clause needs to be a statement of its own rather than a phrase. */
const MIN_CLAUSE = 3;
/**
 * Share of a clause's content words the other side must support for the clause to count as stated.
 * This and the shares below were chosen while reading the labelled dev-rewrites and seed flags
 * (eval/labels/audit-flags.json), as round values, not searched.
 */
const SUPPORT = 0.5;
/** A sentence with less than this share of its content words supported is new as a whole. */
const NEW_SENTENCE = 0.3;
/** The rest of a sentence is retold when at least this share of its content words is supported. */
const RETOLD = 0.6;
/** Unmatched words facing at least a third as many other unmatched words were reworded, not cut. */
const REWORD = 3;
/** Punctuation between two words that ends a clause. */
const CLAUSE_GAP = /[,;:()\[\]"“”—–]|\s-\s/;
const HEADING = /[:?]["”’)]*$/;

interface Clause {
  readonly from: number;
  readonly to: number;
  /** Position among the sentence's clauses. */
  readonly at: number;
}

/** Claim facts of `side` that `other` does not support; `flagged` are the sentences with a fact already reported. */
export function findClaims(
  side: 'source' | 'derivative',
  self: TextIndex,
  other: TextIndex,
  links: LinkIndex,
  flagged: ReadonlySet<number>,
): Fact[] {
  const text: AnalyzedText = self.analyzed;
  const lex = self.lexicon;
  const { headlines } = capitalisation(text);
  const out: Fact[] = [];
  // Words inside names, numbers and dates are judged as those facts, not again as claims.
  const inFact = new Set<number>();
  for (const f of self.facts) {
    if (f.type === 'quote' || f.type === 'attribution') continue;
    const s = text.sentences[f.sentence];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = text.tokens[i];
      if (t.start >= f.span.start && t.end <= f.span.end) inFact.add(t.start);
    }
  }
  // Speech verbs and auxiliaries belong to attributions and tense, not to what is claimed.
  const { negations, notContent } = wordSets(lex);
  const negation = (t: Token) => negations.has(t.norm) || t.norm.endsWith("n't");
  // Negations carry meaning ("issued no patch"), so they count although they are stop words.
  const contentCache = new Map<Token, boolean>();
  const isContent = (t: Token) => {
    let yes = contentCache.get(t);
    if (yes === undefined) {
      yes = t.kind === 'word' && !inFact.has(t.start) && (negation(t) || (!t.isStop && t.norm.length >= 2 && !notContent.has(t.norm)));
      contentCache.set(t, yes);
    }
    return yes;
  };
  const otherSentences = other.analyzed.sentences.map((s) => other.analyzed.tokens.slice(s.tokenStart, s.tokenEnd));
  // Which sentences of the other text use a word, so the closest sentence is found without a scan.
  const postings = new Map<string, Set<number>>();
  otherSentences.forEach((sentence, at) => {
    for (const t of sentence) for (const w of [t.stem, t.norm]) (postings.get(w) ?? postings.set(w, new Set()).get(w) as Set<number>).add(at);
  });

  // Group ids of every word of the other text, gathered only when a clause gets this far.
  let otherGroups: Set<number> | null = null;
  const synonymAnywhere = (t: Token) => {
    const groups = synonymsFor(lex).groupsOf(t.stem);
    if (groups.length === 0) return false;
    otherGroups ??= new Set(other.analyzed.tokens.filter((u) => !u.isStop).flatMap((u) => synonymsFor(lex).groupsOf(u.stem)));
    return groups.some((g) => (otherGroups as Set<number>).has(g));
  };
  for (const s of text.sentences) {
    if (headlines.has(s.index) || HEADING.test(s.text.trim())) continue;
    // A sentence already reported for a name, number, date, quote or attribution has sent the reader
    // there; a claim beside it is most often that difference again or a rewording around it.
    if (flagged.has(s.index)) continue;
    const tokens = text.tokens.slice(s.tokenStart, s.tokenEnd);
    const pairs = side === 'source' ? links.bySource(s.index) : links.byDerivative(s.index);
    // The closest sentence of the other text counts as linked too: alignments miss heavy rewrites.
    const closestAt = closestSentence(tokens, isContent, postings);
    const closest = closestAt < 0 ? null : otherSentences[closestAt];
    const inClosest = (t: Token) => closestAt >= 0 && (!!postings.get(t.stem)?.has(closestAt) || !!postings.get(t.norm)?.has(closestAt));
    const alreadyLinked = pairs.some((p) => (side === 'source' ? p.derivative : p.source) === closestAt);
    // Fewer than two words left uncovered cannot make an unsupported clause; most sentences stop
    // here, before the closest sentence is word-aligned.
    const open = (c: readonly boolean[]) => tokens.filter((t, i) => isContent(t) && !c[i]).length;
    let covered = coverage(tokens, pairs, side, isContent).map((c, i) => c || inClosest(tokens[i]));
    if (open(covered) < 2 && !tokens.some(negation)) continue;
    if (closest && !alreadyLinked) {
      covered = coverage(tokens, [...pairs, pseudoPair(tokens, closest, side)], side, isContent).map((c, i) => c || inClosest(tokens[i]));
      if (open(covered) < 2 && !tokens.some(negation)) continue;
    }
    const facing = [...pairs.map((p) => (side === 'source' ? p.derivativeTokens : p.sourceTokens)), ...(closest ? [closest] : [])];
    covered = withSynonyms(covered, tokens, facing, isContent, synonymsFor(lex));
    const shareOf = (indices: readonly number[]) => (indices.length === 0 ? 1 : indices.filter((i) => covered[i]).length / indices.length);
    const contentAt = (from: number, to: number) => range({ from, to, at: 0 }).filter((i) => isContent(tokens[i]));
    // Words the other text uses anywhere support a statement too: a retelling may spread one
    // statement over several sentences. A negated statement is supported only by a negated sentence.
    const anywhere = (indices: readonly number[]) => indices.filter((i) => other.stems.has(tokens[i].stem) || other.stems.has(tokens[i].norm) || synonymAnywhere(tokens[i])).length / indices.length;
    const deniedHere = closest !== null && closest.some(negation);
    const negatedAlone = (indices: readonly number[]) => !deniedHere && indices.some((i) => negation(tokens[i]));
    const unsupported = clauses(tokens, text.text, lex.clauseWords).filter((c) => {
      const content = contentAt(c.from, c.to);
      return content.length > 0 && (shareOf(content) < SUPPORT || negatedAlone(content));
    });
    const whole = contentAt(0, tokens.length - 1);
    const best = mergeAdjacent(unsupported)
      .filter((c) => contentAt(c.from, c.to).length >= MIN_CLAUSE)
      .filter((c) => anywhere(contentAt(c.from, c.to)) < SUPPORT || (negatedAlone(contentAt(c.from, c.to)) && shareOf(contentAt(c.from, c.to)) >= SUPPORT))
      // A statement cut from (or added to) a sentence that is otherwise retold, or a sentence that is new
      // as a whole; a sentence rewritten throughout restates its clauses in other words.
      .filter((c) => shareOf(whole) < NEW_SENTENCE || shareOf(whole.filter((i) => i < c.from || i > c.to)) >= RETOLD)
      .sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!best) continue;
    const start = tokens[best.from].start;
    const end = tokens[best.to].end;
    const value = range(best).map((i) => tokens[i]).filter(isContent).map((t) => t.stem).join(' ');
    out.push({ type: 'claim', text: text.text.slice(start, end), value, span: { start, end }, sentence: s.index });
  }
  return out;
}

/** The lexicon's word lists the clause reader looks words up in, as sets. */
const wordSets = perLexicon((lex: Lexicon) => ({
  negations: new Set(lex.negations),
  notContent: new Set([...lex.speechVerbs, ...lex.auxiliaries, ...lex.clauseWords]),
}));

const range = (c: Clause): number[] => Array.from({ length: c.to - c.from + 1 }, (_, k) => c.from + k);

/**
 * Per token: matched by the word alignment of some linked sentence, or inside an unmatched stretch
 * that faces a comparable unmatched stretch there (reworded).
 */
function coverage(tokens: readonly Token[], pairs: readonly LinkedPair[], side: 'source' | 'derivative', isContent: (t: Token) => boolean): boolean[] {
  const covered = tokens.map(() => false);
  for (const pair of pairs) {
    const own = side === 'source' ? pair.words.aToB : pair.words.bToA;
    const otherOwn = side === 'source' ? pair.words.bToA : pair.words.aToB;
    const otherTokens = side === 'source' ? pair.derivativeTokens : pair.sourceTokens;
    for (let i = 0; i < tokens.length; i++) if (own[i] >= 0) covered[i] = true;
    for (let i = 0; i < tokens.length; ) {
      if (own[i] >= 0) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < tokens.length && own[j + 1] < 0) j++;
      const [lo, hi] = facingRange(own, i, otherTokens.length);
      let facing = 0;
      for (let k = lo; k < hi; k++) if (!otherTokens[k].isStop && otherOwn[k] < 0) facing++;
      const content = tokens.slice(i, j + 1).filter(isContent).length;
      if (facing > 0 && content < REWORD * facing) for (let k = i; k <= j; k++) covered[k] = true;
      i = j + 1;
    }
  }
  return covered;
}

/** Uncovered content words with a synonym among the facing sentences' words count as reworded there. */
export function withSynonyms(
  covered: readonly boolean[],
  tokens: readonly Token[],
  facing: readonly (readonly Token[])[],
  isContent: (t: Token) => boolean,
  synonyms: Synonyms,
): boolean[] {
  const open = tokens.map((t, i) => !covered[i] && isContent(t) && synonyms.groupsOf(t.stem).length > 0);
  if (!open.includes(true)) return [...covered];
  const there = new Set<number>();
  for (const sentence of facing) for (const t of sentence) if (!t.isStop) for (const g of synonyms.groupsOf(t.stem)) there.add(g);
  return tokens.map((t, i) => covered[i] || (open[i] && synonyms.groupsOf(t.stem).some((g) => there.has(g))));
}

/** The closest sentence of the other text, word-aligned as if the alignment had linked it. */
function pseudoPair(tokens: readonly Token[], closest: readonly Token[], side: 'source' | 'derivative'): LinkedPair {
  const [sourceTokens, derivativeTokens] = side === 'source' ? [tokens, closest] : [closest, tokens];
  return { source: -1, derivative: -1, similarity: 0, words: alignWords(sourceTokens, derivativeTokens), sourceTokens, derivativeTokens };
}

/** Index of the other text's sentence sharing the most content words with this one, or -1 when none shares any. */
function closestSentence(tokens: readonly Token[], isContent: (t: Token) => boolean, postings: ReadonlyMap<string, ReadonlySet<number>>): number {
  const shared = new Map<number, number>();
  for (const t of tokens) {
    if (!isContent(t)) continue;
    const byStem = postings.get(t.stem);
    for (const at of byStem ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    if (t.norm === t.stem) continue;
    for (const at of postings.get(t.norm) ?? []) if (!byStem?.has(at)) shared.set(at, (shared.get(at) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [at, n] of shared) {
    if (n > most || (n === most && at < best)) {
      most = n;
      best = at;
    }
  }
  return best;
}

/**
 * Clauses of a sentence: split at clause punctuation and before clause words ("although", "which",
 * "and"), trimmed of stop words at either end. Pieces too small to state anything are joined again
 * when their neighbours are unsupported too (mergeAdjacent), so "and" splitting a noun list is harmless.
 */
function clauses(tokens: readonly Token[], text: string, clauseWords: readonly string[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    let a = from;
    let b = to;
    while (a <= b && tokens[a].isStop) a++;
    while (b >= a && tokens[b].isStop) b--;
    if (a <= b) out.push({ from: a, to: b, at: out.length });
  };
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1].end, tokens[i].start);
    if (CLAUSE_GAP.test(gap) || clauseWords.includes(tokens[i].norm)) {
      close(i - 1);
      from = i;
    }
  }
  if (tokens.length > 0) close(tokens.length - 1);
  return out;
}

/** Unsupported clauses that follow each other become one statement. */
function mergeAdjacent(list: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    if (last && c.at === last.at + 1) out[out.length - 1] = { from: last.from, to: c.to, at: c.at };
    else out.push(c);
  }
  return out;
}
