/**
 * @module eval/stories/stories-suite
 * Story clustering against gold, with its peer in the same run. The stage's join, same-outlet and
 * split scores are fitted on one set and reported on the other (ECB+ with scores fitted on NewsWCL50, NewsWCL50
 * and the BBC desks with those fitted on ECB+); the peer, tf-idf cosine with connected components, is shown at its best
 * threshold on each set (fitted on the set itself: an upper bound for it). The BBC articles alone
 * give the desk figures: exact-duplicate groups kept whole, story sizes.
 */
import { bCubedF1, pairwiseF1 } from '../metrics/index.js';
import { STORY_POLICY } from '../../stories/index.js';
import type { EvalContext, EvalResult, EvalSuite } from '../suite.js';
import { CROSS_SCORE_GRID, JOIN_SCORE_GRID, SAME_OUTLET_GRID, fitPolicy, fittedPolicy, type Fitted } from './fit-threshold.js';
import { analyseSet, storyLabels, type AnalysedSet } from './run-stories.js';
import { bbcDuplicateGroups, bbcSet, ecbPlusSet, newsWclSet } from './story-sets.js';
import { componentLabels, tfidfPairs } from './tfidf-peer.js';

const round = (x: number) => Math.round(x * 1000) / 1000;
const PEER_GRID = Array.from({ length: 37 }, (_, i) => round(0.05 + i * 0.025));

function peerAtBest(set: AnalysedSet, allItems: boolean): { threshold: number; b3: number; pairwise: number } {
  const pairs = tfidfPairs(set.stems, PEER_GRID[0]!);
  let best = { threshold: 0, b3: -1, pairwise: 0 };
  for (const threshold of PEER_GRID) {
    const all = componentLabels(set.documents.length, pairs, threshold).map(String);
    const items = scoredItems(set, all, allItems);
    const gold = items.map((i) => set.documents[i]!.gold!);
    const labels = items.map((i) => all[i]!);
    const b3 = bCubedF1(gold, labels).f1;
    if (b3 > best.b3) best = { threshold, b3, pairwise: pairwiseF1(gold, labels).f1 };
  }
  return best;
}

/**
 * The items a set is scored on. ECB+: every document, BBC background included (gold: alone).
 * NewsWCL50: its 50 documents plus any background article put in a story with one of them, so a
 * background intrusion costs precision but 2,225 easy singletons do not drown 50 hard documents.
 */
function scoredItems(set: AnalysedSet, labels: readonly string[], allItems: boolean): number[] {
  const indices = set.documents.map((_, i) => i);
  if (allItems) return indices;
  const eventStories = new Set(indices.filter((i) => !set.documents[i]!.id.startsWith('bbc:')).map((i) => labels[i]));
  return indices.filter((i) => !set.documents[i]!.id.startsWith('bbc:') || eventStories.has(labels[i]!));
}

function scoredB3(set: AnalysedSet, all: readonly string[], allItems: boolean): number {
  const items = scoredItems(set, all, allItems);
  return bCubedF1(items.map((i) => set.documents[i]!.gold!), items.map((i) => all[i]!)).f1;
}

const fittedNote = (f: Fitted, on: string) =>
  `join score ${f.joinScore}, same-outlet score ${f.sameOutletScore} (0: as the join score) and split cross-core score ${f.crossScore} (0: no split) fitted on ${on} (grids ${JOIN_SCORE_GRID.join(', ')}; then ${SAME_OUTLET_GRID.join(', ')}; then ${CROSS_SCORE_GRID.join(', ')})`;

async function scoredSet(name: string, set: AnalysedSet, fittedOn: string, fitted: Fitted, allItems: boolean): Promise<EvalResult> {
  const all = await storyLabels(set, fittedPolicy(STORY_POLICY, fitted));
  const items = scoredItems(set, all, allItems);
  const gold = items.map((i) => set.documents[i]!.gold!);
  const labels = items.map((i) => all[i]!);
  const b3 = bCubedF1(gold, labels);
  const pairwise = pairwiseF1(gold, labels);
  const peer = peerAtBest(set, allItems);
  return {
    name,
    metrics: {
      bCubedF1: round(b3.f1), bCubedP: round(b3.precision), bCubedR: round(b3.recall),
      pairwiseF1: round(pairwise.f1), pairwiseP: round(pairwise.precision), pairwiseR: round(pairwise.recall),
      peerBCubedF1: round(peer.b3), peerPairwiseF1: round(peer.pairwise),
    },
    targets: { bCubedF1: name.startsWith('ecb') ? 0.9 : 0.85 },
    notes: [
      `${items.length} documents scored of ${set.documents.length} streamed${allItems ? '' : ' (the event documents and any background article in a story with one)'}; story stage ${fittedNote(fitted, fittedOn)}`,
      `peer: tf-idf cosine + connected components at its best threshold on this set (${peer.threshold}, fitted here: an upper bound)`,
    ],
  };
}

async function bbcDesks(context: EvalContext, fitted: Fitted): Promise<EvalResult | null> {
  const set = bbcSet(context);
  const groups = bbcDuplicateGroups(context);
  if (!set || !groups) return null;
  const labels = await storyLabels(analyseSet(set.documents), fittedPolicy(STORY_POLICY, fitted));
  const of = new Map(set.documents.map((d, i) => [d.id, labels[i]!]));
  const sizes = new Map<string, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  // A quick run reads a tenth of the articles: only the groups it read whole are scored.
  const present = groups.filter((g) => g.every((id) => of.has(id)));
  const whole = present.filter((g) => new Set(g.map((id) => of.get(id))).size === 1).length;
  const inLarge = labels.filter((l) => sizes.get(l)! >= 5).length;
  return {
    name: 'bbc-story-desks',
    metrics: {
      duplicateGroupsWhole: round(whole / Math.max(1, present.length)),
      largestStory: Math.max(...sizes.values()),
      shareInLargeStories: round(inLarge / labels.length),
    },
    targets: { duplicateGroupsWhole: 1, largestStory: 12, shareInLargeStories: 0.03 },
    notes: [`${labels.length} BBC articles alone, ${fittedNote(fitted, 'ECB+ +BBC')}; ${present.length} exact-duplicate groups read whole; large stories: 5 or more articles`],
  };
}

const prefixed = (prefix: string, r: EvalResult) => ({
  metrics: Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [`${prefix}.${k}`, v])),
  targets: Object.fromEntries(Object.entries(r.targets ?? {}).map(([k, v]) => [`${prefix}.${k}`, v])),
  notes: r.notes.map((n) => `${prefix}: ${n}`),
});

export const storiesSuite: EvalSuite = {
  name: 'story-stage',
  async run(context) {
    const ecb = ecbPlusSet(context);
    const wcl = newsWclSet(context);
    if (!ecb || !wcl) return null;
    const ecbSet = analyseSet(ecb.documents);
    const wclSet = analyseSet(wcl.documents);
    const onEcb = await fitPolicy(ecbSet, STORY_POLICY, (labels) => scoredB3(ecbSet, labels, true));
    const onWcl = await fitPolicy(wclSet, STORY_POLICY, (labels) => scoredB3(wclSet, labels, false));
    const fitted = (f: Fitted) => `join ${f.joinScore}, same outlet ${f.sameOutletScore}, split ${f.crossScore}`;
    context.log(`fitted on ECB+: ${fitted(onEcb)}; on NewsWCL50: ${fitted(onWcl)}`);
    const parts = [
      prefixed('ecb', await scoredSet('ecbplus+bbc', ecbSet, 'NewsWCL50+BBC', onWcl, true)),
      prefixed('wcl', await scoredSet('newswcl50+bbc', wclSet, 'ECB+ +BBC', onEcb, false)),
    ];
    const desks = await bbcDesks(context, onEcb);
    if (desks) parts.push(prefixed('bbc', desks));
    return {
      name: 'story-stage',
      metrics: Object.assign({}, ...parts.map((p) => p.metrics)),
      targets: Object.assign({}, ...parts.map((p) => p.targets)),
      notes: parts.flatMap((p) => p.notes),
    };
  },
};
