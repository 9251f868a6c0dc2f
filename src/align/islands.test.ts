import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedText } from '../core/types.js';
import { analyze } from '../text/index.js';
import { align } from './index.js';

const en = (text: string): AnalyzedText => analyze(text, { language: 'en' });

const SOURCE = en(
  'The city council approved a new tram line to the airport on Tuesday evening. ' +
    'Shop owners along the route complained that the building work would be far too expensive for small traders. ' +
    'The tram line will cost 412 million euros and should open in the spring of 2029. ' +
    'Mayor Helen Okafor said the vote was a turning point for public transport in the city. ' +
    'She nearly gave up on the project last year. ' +
    'Construction of the tram depot near the harbour starts in March.',
);

// A retelling in the same order; the second sentence shares only "route" and "small" with its source,
// and the fourth also retells the short fifth source sentence in other words.
const DERIVATIVE = en(
  'On Tuesday evening the city council voted for a new airport tram line. ' +
    'Retailers on the route say the roadworks will hit small businesses hard. ' +
    'Building the tram line costs 412 million euros, and it should open in spring 2029. ' +
    'Mayor Helen Okafor, who almost abandoned the project a year ago, hailed the vote as a turning point. ' +
    'Work on the tram depot near the harbour starts in March.',
);

const linked = (a: ReturnType<typeof align>, d: number, s: number) => a.links.some((l) => l.derivative === d && l.source === s);
const flagged = (a: ReturnType<typeof align>) => a.passages.filter((p) => p.kind === 'added' || p.kind === 'dropped');

test('a paraphrase between two linked neighbours is linked instead of reported as added and dropped', () => {
  const a = align(SOURCE, DERIVATIVE);
  assert.ok(linked(a, 1, 1), JSON.stringify(a.links));
  assert.deepEqual(flagged(a), []);
  // Without the island step the same pair is too weak on its own.
  const without = align(SOURCE, DERIVATIVE, { maxIsland: 0 });
  assert.ok(!linked(without, 1, 1));
  assert.equal(flagged(without).length, 3);
});

test('a short source sentence retold inside its linked neighbour joins that neighbour', () => {
  const a = align(SOURCE, DERIVATIVE);
  assert.ok(linked(a, 3, 3) && linked(a, 3, 4), JSON.stringify(a.links));
});

test('outside a retelling nothing is linked by position alone', () => {
  const unrelated = en(
    'The national team won its third match of the tournament with a late goal. ' +
      'Fans on the route to the stadium said ticket prices hit small budgets hard. ' +
      'The coach praised the young defenders and said the squad was ready for the final.',
  );
  assert.deepEqual(align(SOURCE, unrelated).links, []);
});
