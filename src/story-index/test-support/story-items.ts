/** @module story-index/test-support/story-items: the story tests' reports as written batch items. */
import { REPORTS } from '../../stories/test-support/reports.js';
import { storyText } from '../../stories/index.js';
import { analyze } from '../../text/index.js';
import type { StoryBatchItem } from '../update-stories.js';
import { packTextFeatures } from '../../stories/features-wire.js';

export const REPORT_IDS = Object.keys(REPORTS);

/** The report `id` as a written document with no reuse edges (its title is its first sentence). */
export function storyItem(id: string): StoryBatchItem {
  const text = REPORTS[id]!;
  const title = text.slice(0, text.indexOf('. '));
  return { id, title, outlet: id.split('/')[1]!, published: null, period: null, text: packTextFeatures(storyText(analyze(text, { language: 'en' }), title)), edges: [] };
}
