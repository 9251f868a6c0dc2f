/**
 * @module eval/suites/pan25
 * PAN 2025 generated plagiarism sample (LLM rewrites of paper paragraphs): each candidate paragraph
 * is linked to the source paragraph its reused passages mostly come from, and scored against the gold
 * `source_paragraph_id`; the pair verdict is scored as derived (plagiarism) or not.
 */
import { join } from 'node:path';
import { loadPan25, type Pan25Paragraph, type Pan25Pair } from '../data/pan25.js';
import { locateDataset } from '../data/locate.js';
import { comparePair, type PairAnalysis } from '../engine.js';
import { accuracy, linkPrf, type Link } from '../metrics/index.js';
import type { EvalSuite } from '../suite.js';

export const PAN25_DIR = 'pan25-llm-plagiarism-sample';
/** Quick mode skips pairs whose candidate has more paragraphs than this (the one very long paper). */
const QUICK_MAX_PARAGRAPHS = 120;

interface Joined {
  readonly text: string;
  readonly starts: readonly number[];
}

function join2(paragraphs: readonly Pan25Paragraph[]): Joined {
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.text.length + 2;
  }
  return { text: paragraphs.map((p) => p.text).join('\n\n'), starts };
}

/** Index of the paragraph holding `offset`. */
function paragraphAt(starts: readonly number[], offset: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
  return k;
}

/** A paragraph is linked only when most of it is reuse: a stray shared sentence is not a rewrite. */
const MIN_REUSED_SHARE = 0.5;

/**
 * Candidate paragraph -> the source paragraph with the most reused sentence characters behind it,
 * for candidate paragraphs mostly made of reused sentences.
 */
export function predictLinks(pair: Pan25Pair, run: PairAnalysis, source: Joined, candidate: Joined): Link[] {
  const reusedChars = new Map<number, number>();
  const votes = new Map<number, Map<number, number>>();
  for (const passage of run.alignment.passages) {
    if (passage.kind !== 'copied' && passage.kind !== 'paraphrased') continue;
    for (const d of passage.derivativeSentences) {
      const ds = run.derivative.sentences[d];
      const to = paragraphAt(candidate.starts, ds.start);
      reusedChars.set(to, (reusedChars.get(to) ?? 0) + (ds.end - ds.start));
      const tally = votes.get(to) ?? new Map<number, number>();
      for (const s of passage.sourceSentences) {
        const ss = run.source.sentences[s];
        const from = paragraphAt(source.starts, ss.start);
        tally.set(from, (tally.get(from) ?? 0) + (ds.end - ds.start));
      }
      votes.set(to, tally);
    }
  }
  const mostlyReused = ([c]: [number, unknown]): boolean => (reusedChars.get(c) ?? 0) >= MIN_REUSED_SHARE * pair.candidate[c].text.length;
  return [...votes].filter(mostlyReused).map(([c, tally]) => {
    const best = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    return { from: pair.candidate[c].id, to: pair.source[best].id };
  });
}

export const pan25Suite: EvalSuite = {
  name: PAN25_DIR,
  async run(context) {
    const dir = locateDataset(context, PAN25_DIR);
    if (!dir) return null;
    const pairs = loadPan25(join(dir, 'pairs')).filter((p) => !context.quick || p.candidate.length <= QUICK_MAX_PARAGRAPHS);
    const gold: Link[] = [];
    const predicted: Link[] = [];
    const goldDerived: string[] = [];
    const predictedDerived: string[] = [];
    const perPair: string[] = [];
    for (const pair of pairs) {
      const source = join2(pair.source);
      const candidate = join2(pair.candidate);
      const run = comparePair(source.text, candidate.text, 'en');
      const pairGold = pair.candidate.filter((p) => p.sourceParagraphId).map((p) => ({ from: p.id, to: p.sourceParagraphId ?? '' }));
      const links = predictLinks(pair, run, source, candidate);
      const scores = linkPrf(pairGold, links);
      perPair.push(`${pair.id} (${pair.type}): ${links.length} links, ${scores.truePositives}/${pairGold.length} gold found, relation ${run.verdict.relation}`);
      gold.push(...pairGold.map((l) => ({ from: `${pair.id}/${l.from}`, to: l.to })));
      predicted.push(...links.map((l) => ({ from: `${pair.id}/${l.from}`, to: l.to })));
      goldDerived.push(pair.type === 'plagiarism' ? 'derived' : 'not');
      predictedDerived.push(['copy', 'light-rewrite', 'heavy-rewrite'].includes(run.verdict.relation) ? 'derived' : 'not');
    }
    const scores = linkPrf(gold, predicted);
    return {
      name: PAN25_DIR,
      metrics: { paragraphPrecision: scores.precision, paragraphRecall: scores.recall, paragraphF1: scores.f1, pairAccuracy: accuracy(goldDerived, predictedDerived) },
      notes: [
        `${pairs.length} paper pairs${context.quick ? ` (quick: candidates of at most ${QUICK_MAX_PARAGRAPHS} paragraphs)` : ''}; a candidate paragraph at least half made of reused sentences is linked to the source paragraph holding most of them. Tiny sample: a smoke test, not statistics.`,
        "pairAccuracy: verdict copy/light/heavy = derived, vs gold type 'plagiarism' (altered/original = not derived).",
        ...perPair,
      ],
    };
  },
};
