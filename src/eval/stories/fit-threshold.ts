/**
 * @module eval/stories/fit-threshold
 * Fits the story stage's join score on one labelled set: the grid value that scores best there
 * (by the caller's measure, B³ F1 in the suite). The fitted value is then reported on the other
 * set only.
 */
import type { StoryPolicy } from '../../stories/index.js';
import { storyLabels, type AnalysedSet } from './run-stories.js';

export const JOIN_SCORE_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45];

export async function fitJoinScore(set: AnalysedSet, policy: StoryPolicy, score: (labels: string[]) => number, grid = JOIN_SCORE_GRID): Promise<{ joinScore: number; score: number }> {
  let best = { joinScore: grid[0]!, score: -1 };
  for (const joinScore of grid) {
    const value = score(await storyLabels(set, { ...policy, joinScore }));
    if (value > best.score) best = { joinScore, score: value };
  }
  return best;
}
