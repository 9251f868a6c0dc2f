/**
 * @module audit/claims
 * Statements with no name or number in them ("power grid", "ballistic missiles", "not yet started")
 * are found as content words the other text never uses, in stretches the word alignment of linked
 * sentences leaves facing nothing (a clause cut or added), or in sentences with no link at all.
 * A stretch facing other words of similar length is a paraphrase ("broadly flat" ~ "largely
 * unchanged") and is left alone. At most one claim per sentence keeps reports readable.
 */
import type { AnalyzedText, Fact, Span, Token } from '../core/types.js';
import type { LinkIndex, LinkedPair } from './links.js';
import { capitalisation } from './names.js';
import type { TextIndex } from './text-index.js';
import { facingRange } from './token-lcs.js';

/** A single unfamiliar word is usually a synonym; a cut or added statement brings several. */
const MIN_NOVEL = 2;
/** A linked sentence with under 1 in WEAK_LINK content words matched is treated as unlinked. */
const WEAK_LINK = 4;
/** Tokens of at least this length count as words (so "ID" in "ID card plans" does). */
const MIN_WORD = 2;

interface Run {
  readonly from: number;
  readonly to: number;
  readonly novel: number;
}

/** Claim facts of `side` that `other` never states; `flagged` are spans already reported per sentence. */
export function findClaims(
  side: 'source' | 'derivative',
  self: TextIndex,
  other: TextIndex,
  links: LinkIndex,
  flagged: ReadonlyMap<number, readonly Span[]>,
): Fact[] {
  const text: AnalyzedText = self.analyzed;
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
  // Speech verbs belong to attributions ("They said" is not a claim of its own).
  const isNovel = (t: Token) =>
    t.kind === 'word' && !t.isStop && t.norm.length >= MIN_WORD && !inFact.has(t.start) && !self.lexicon.speechVerbs.includes(t.norm)
    && !self.lexicon.auxiliaries.includes(t.norm) && !other.stems.has(t.stem) && !other.stems.has(t.norm);
  for (const s of text.sentences) {
    if (headlines.has(s.index)) continue;
    const tokens = text.tokens.slice(s.tokenStart, s.tokenEnd);
    const pairs = side === 'source' ? links.bySource(s.index) : links.byDerivative(s.index);
    const spans = flagged.get(s.index) ?? [];
    const own = (p: LinkedPair) => (side === 'source' ? p.words.aToB : p.words.bToA);
    const matched = (i: number) => pairs.some((p) => own(p)[i] >= 0);
    const content = tokens.filter((t) => !t.isStop).length;
    // A link that matches few of the sentence's words says little about what was replaced, so its
    // unfamiliar stretches are read as in an unlinked sentence too.
    const weak = tokens.filter((t, i) => !t.isStop && matched(i)).length * WEAK_LINK < content;
    if (pairs.length === 0 && spans.length > 0) continue;
    const runs: Run[] = pairs.length === 0 || weak ? splitRuns(tokens, isNovel, isNovel) : [];
    if (pairs.length > 0) {
      runs.push(...splitRuns(tokens, (_t, i) => !matched(i), isNovel)
        .map((r) => ({ ...r, cut: facing(r, pairs, side) }))
        .filter((r) => r.cut === 0 || contentOf(r, tokens) >= 3 * r.cut)
        // A clean cut of two or more words counts even with one unfamiliar word ("ID card plans").
        .map((r) => (r.cut === 0 && r.novel > 0 && contentOf(r, tokens) >= MIN_NOVEL ? { ...r, novel: Math.max(r.novel, MIN_NOVEL) } : r)));
    }
    const best = runs
      .filter((r) => r.novel >= MIN_NOVEL)
      .filter((r) => !spans.some((sp) => sp.start < tokens[r.to].end && sp.end > tokens[r.from].start))
      .sort((a, b) => b.novel - a.novel)[0];
    if (!best) continue;
    // Report the novel core of the stretch, not the shared words around it.
    const core = splitRuns(tokens.slice(0, best.to + 1), (t, i) => i >= best.from && isNovel(t), isNovel)
      .sort((a, b) => b.novel - a.novel)[0];
    const from = core?.from ?? best.from;
    const to = core?.to ?? best.to;
    const start = tokens[from].start;
    const end = tokens[to].end;
    const value = tokens.slice(from, to + 1).filter(isNovel).map((t) => t.stem).join(' ');
    out.push({ type: 'claim', text: text.text.slice(start, end), value, span: { start, end }, sentence: s.index });
  }
  return out;
}

/** Maximal runs of tokens passing `inRun` (stop words ride along), trimmed to content words. */
function splitRuns(tokens: readonly Token[], inRun: (t: Token, i: number) => boolean, isNovel: (t: Token) => boolean): Run[] {
  const runs: Run[] = [];
  let from = -1;
  const close = (to: number) => {
    let a = from;
    let b = to;
    while (a <= b && tokens[a].isStop) a++;
    while (b >= a && tokens[b].isStop) b--;
    if (a <= b) runs.push({ from: a, to: b, novel: tokens.slice(a, b + 1).filter(isNovel).length });
    from = -1;
  };
  tokens.forEach((t, i) => {
    if (inRun(t, i) || (t.isStop && from >= 0)) {
      if (from < 0) from = i;
    } else if (from >= 0) close(i - 1);
  });
  if (from >= 0) close(tokens.length - 1);
  return runs;
}

function contentOf(run: Run, tokens: readonly Token[]): number {
  return tokens.slice(run.from, run.to + 1).filter((t) => !t.isStop).length;
}

/**
 * Most unmatched content words facing the run in any linked sentence: 0 means a clean cut (or
 * addition); a similar number means the words were replaced, which is paraphrase.
 */
function facing(run: Run, pairs: readonly LinkedPair[], side: 'source' | 'derivative'): number {
  let most = 0;
  for (const pair of pairs) {
    const own = side === 'source' ? pair.words.aToB : pair.words.bToA;
    const otherTokens = side === 'source' ? pair.derivativeTokens : pair.sourceTokens;
    const otherOwn = side === 'source' ? pair.words.bToA : pair.words.aToB;
    const [lo, hi] = facingRange(own, run.from, otherTokens.length);
    let n = 0;
    for (let j = lo; j < hi; j++) if (!otherTokens[j].isStop && otherOwn[j] < 0) n++;
    most = Math.max(most, n);
  }
  return most;
}
