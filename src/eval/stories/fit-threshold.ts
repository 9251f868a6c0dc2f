/**
 * @module eval/stories/fit-threshold
 * Fits the story stage's two thresholds on one labelled set, by the caller's measure (B³ F1 in the
 * suite): first the join score with splitting off, then the split's cross-core score at that join
 * score (0, never splitting, unless a grid value scores better). The fitted values are then
 * reported on the other sets only.
 */
import type { StoryPolicy } from '../../stories/index.js';
import { storyLabels, type AnalysedSet } from './run-stories.js';

export const JOIN_SCORE_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45];
export const CROSS_SCORE_GRID = [0.25, 0.3, 0.35];

export interface Fitted {
  readonly joinScore: number;
  readonly crossScore: number;
  readonly score: number;
}

const withScores = (policy: StoryPolicy, joinScore: number, crossScore: number): StoryPolicy => ({ ...policy, joinScore, split: { ...policy.split, crossScore } });

export async function fitPolicy(set: AnalysedSet, policy: StoryPolicy, score: (labels: string[]) => number): Promise<Fitted> {
  let best: Fitted = { joinScore: JOIN_SCORE_GRID[0]!, crossScore: 0, score: -1 };
  for (const joinScore of JOIN_SCORE_GRID) {
    const value = score(await storyLabels(set, withScores(policy, joinScore, 0)));
    if (value > best.score) best = { joinScore, crossScore: 0, score: value };
  }
  for (const crossScore of CROSS_SCORE_GRID) {
    const value = score(await storyLabels(set, withScores(policy, best.joinScore, crossScore)));
    if (value > best.score) best = { ...best, crossScore, score: value };
  }
  return best;
}

/** The policy with fitted thresholds. */
export const fittedPolicy = (policy: StoryPolicy, fitted: Fitted): StoryPolicy => withScores(policy, fitted.joinScore, fitted.crossScore);
