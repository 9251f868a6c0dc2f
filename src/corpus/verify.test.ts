import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/index.js';
import * as texts from '../verdict/test-support/relation-fixtures.js';
import { withBatch } from './story-link.js';
import { verifyPair, type PairSide } from './verify.js';

// Two sentences of the travel column, alone: all of it is inside a page four times its length.
const EXCERPT = 'Taxi firms say they will add more cars on Friday and Saturday nights to cope with the festival crowds. ' +
  'Anyone planning a long journey is advised to check the live travel map before setting off.';
const PAGE = [texts.TRAVEL_COLUMN, texts.BRIDGE_REPORT, texts.MATCH_REPORT, texts.BRIDGE_HEAVY].join('\n\n');
const NO_RARITY = withBatch({ documents: 0, df: new Map() }, []);
const side = (id: string, text: string, day: number): PairSide => ({ id, analyzed: analyze(text), published: `2024-05-0${day}T09:00:00Z` });

test('an excerpt dated after the page that holds it is a directed copy of it', () => {
  const { edge } = verifyPair(side('page', PAGE, 1), side('excerpt', EXCERPT, 2), NO_RARITY);
  assert.deepEqual([edge?.from, edge?.to, edge?.relation, edge?.directed], ['page', 'excerpt', 'copy', true]);
  assert.ok(edge!.derivativeCoverage > 0.9, `excerpt covered ${edge!.derivativeCoverage}`);
});

test('an excerpt dated before the page that holds it keeps the relation and coverage of the reading that shows the reuse, undirected', () => {
  // Read from the excerpt, the page reuses under a tenth of itself: no reuse the verdict names. The
  // edge must not call the page a copy of the excerpt on the other reading's evidence.
  const { edge } = verifyPair(side('page', PAGE, 3), side('excerpt', EXCERPT, 2), NO_RARITY);
  assert.deepEqual([edge?.from, edge?.to, edge?.relation, edge?.directed], ['page', 'excerpt', 'copy', false]);
  assert.ok(edge!.derivativeCoverage > 0.9 && edge!.sourceCoverage < 0.2, `coverage ${edge!.sourceCoverage} / ${edge!.derivativeCoverage}`);
});
