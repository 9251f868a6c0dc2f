/**
 * @module eval/stories/fit-threshold
 * Fits the story stage's join score on one labelled set: the grid value with the best B³ F1 there.
 * The fitted value is then reported on the other sets only.
 */
import { bCubedF1 } from '../metrics/index.js';
import type { StoryPolicy } from '../../stories/index.js';
import { storyLabels, type AnalysedSet } from './run-stories.js';

export const JOIN_SCORE_GRID = [0.2, 0.25, 0.3, 0.35, 0.4];

export async function fitJoinScore(set: AnalysedSet, policy: StoryPolicy, grid = JOIN_SCORE_GRID): Promise<{ joinScore: number; bCubedF1: number }> {
  const gold = set.documents.map((d) => d.gold!);
  let best = { joinScore: grid[0]!, bCubedF1: -1 };
  for (const joinScore of grid) {
    const f1 = bCubedF1(gold, await storyLabels(set, { ...policy, joinScore })).f1;
    if (f1 > best.bCubedF1) best = { joinScore, bCubedF1: f1 };
  }
  return best;
}
