/**
 * @module eval/stories/fit-threshold
 * Fits the story stage's three thresholds on one labelled set, by the caller's measure (B³ F1 in the
 * suite): first the join score with splitting off, then at that join score the score a document
 * needs to join a story its outlet already reported (0 leaves it at the join score), then the
 * split's cross-core score (0, never splitting, unless a grid value scores better).
 * The first grid value of the best score wins. The fitted values are then reported on the other
 * sets only.
 */
import type { StoryPolicy } from '../../stories/index.js';
import { storyLabels, type AnalysedSet } from './run-stories.js';

export const JOIN_SCORE_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45];
export const SAME_OUTLET_GRID = [0, 0.5, 0.6, 0.7, 0.8];
export const CROSS_SCORE_GRID = [0.25, 0.3, 0.35];

export interface Fitted {
  readonly sameOutletScore: number;
  readonly joinScore: number;
  readonly crossScore: number;
  readonly score: number;
}

const withScores = (policy: StoryPolicy, f: Omit<Fitted, 'score'>): StoryPolicy => ({
  ...policy,
  sameOutletScore: f.sameOutletScore,
  joinScore: f.joinScore,
  split: { ...policy.split, crossScore: f.crossScore },
});

export async function fitPolicy(set: AnalysedSet, policy: StoryPolicy, score: (labels: string[]) => number): Promise<Fitted> {
  let best: Fitted = { joinScore: policy.joinScore, sameOutletScore: 0, crossScore: 0, score: -1 };
  // `fresh`: the grid holds the value fitted so far, so the stage starts over and keeps its first best.
  const stage = async (values: readonly number[], change: (value: number) => Omit<Fitted, 'score'>, fresh: boolean) => {
    if (fresh) best = { ...best, score: -1 };
    for (const value of values) {
      const candidate = change(value);
      const measured = score(await storyLabels(set, withScores(policy, candidate)));
      if (measured > best.score) best = { ...candidate, score: measured };
    }
  };
  await stage(JOIN_SCORE_GRID, (joinScore) => ({ ...best, joinScore }), true);
  await stage(SAME_OUTLET_GRID, (sameOutletScore) => ({ ...best, sameOutletScore }), true);
  await stage(CROSS_SCORE_GRID, (crossScore) => ({ ...best, crossScore }), false);
  return best;
}

/** The policy with fitted thresholds. */
export const fittedPolicy = (policy: StoryPolicy, fitted: Fitted): StoryPolicy => withScores(policy, fitted);
