/**
 * @module stories/similarity
 * How alike a document and a story's centroid (or two members of a story) are: tf-idf cosine per
 * view, combined by the policy's weights over the views both sides have.
 */
import type { StoryViews } from '../core/stories.js';
import type { StoryPolicy } from './policy.js';
import { cosine, isEmpty } from './vectors.js';

/** Combined similarity over the views both sides have. */
export function similarity(doc: StoryViews, story: StoryViews, policy: StoryPolicy): number {
  let sum = 0;
  let weight = 0;
  for (const view of ['specifics', 'terms', 'title'] as const) {
    if (isEmpty(doc[view]) || isEmpty(story[view])) continue;
    sum += policy.weights[view] * cosine(doc[view], story[view]);
    weight += policy.weights[view];
  }
  return weight === 0 ? 0 : sum / weight;
}
