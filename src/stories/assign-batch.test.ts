import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { assignBatch, weighBatch, type BatchDocument } from './assign-batch.js';
import { storyFeatures } from './features.js';
import { STORY_POLICY, type StoryPolicy } from './policy.js';

function document(id: string, text: string): BatchDocument {
  const features = storyFeatures({ id, title: null, analyzedTitle: null, body: analyze(text, { language: 'en' }), outlet: null, published: null, period: null });
  return { features, reuse: [] };
}

test('a batch counts words named like built-in object properties as words', () => {
  const batch = [
    document('a', 'The constructor told the Lindenport council that the bridge would open in May.'),
    document('b', 'A second constructor bid for the Lindenport bridge contract on Monday.'),
  ];
  const weighed = weighBatch(batch, { documents: 10, df: () => 1 });
  assert.equal(weighed.counts['constructor'], 2);
  assert.equal(weighed.frequencies.df('constructor'), 3);
  assert.ok(weighed.documents.every((d) => d.vectors.terms.weights.every(Number.isFinite)));
});

// One outlet's saga: a ferry strike and, days later, the same names in its next episode (the talks
// that end it), with the strike also told by two other outlets and reprinted by the first.
const REPORTS: Record<string, { outlet: string; text: string }> = {
  'strike/herald': { outlet: 'Herald', text: 'Ferry crews strike at Port Selby. Ferry crews at Port Selby walked out on Monday over pay, stranding 2,000 passengers. The Selby Seafarers Union said talks with Northline Ferries had failed. Northline chief Dana Whitcombe called the strike unnecessary.' },
  'strike/courier': { outlet: 'Courier', text: 'Port Selby ferry strike strands passengers. About 2,000 passengers were stranded at Port Selby as ferry crews struck over pay. Dana Whitcombe of Northline Ferries said the Selby Seafarers Union had walked away from talks.' },
  'strike/wire': { outlet: 'Wire', text: 'Northline crews walk out at Port Selby. Crews of Northline Ferries stopped work at Port Selby, leaving 2,000 travellers stuck. The Selby Seafarers Union blamed Dana Whitcombe for the breakdown in pay talks.' },
  'strike/herald-reprint': { outlet: 'Herald', text: 'Ferry crews strike at Port Selby. Ferry crews at Port Selby walked out on Monday over pay, stranding 2,000 passengers. The Selby Seafarers Union said talks with Northline Ferries had failed. Northline chief Dana Whitcombe called the strike "unnecessary".' },
  'talks/herald': { outlet: 'Herald', text: 'Northline and union return to talks. Northline Ferries and the Selby Seafarers Union will meet at Port Selby on Thursday to resume pay talks after a week of strikes. Northline chief Dana Whitcombe said the crews deserved a fair offer, and the union said the strike was suspended.' },
};

function reports(ids: readonly string[]): BatchDocument[] {
  return ids.map((id) => {
    const { outlet, text } = REPORTS[id]!;
    const [title, ...rest] = text.split('. ');
    const body = analyze(`${title}.\n\n${rest.join('. ')}`, { language: 'en' });
    return { features: storyFeatures({ id, title: title!, analyzedTitle: analyze(title!, { language: 'en' }), body, outlet, published: null, period: null }), reuse: [] };
  });
}

const EMPTY = { frequencies: { documents: 0, df: () => 0 }, candidates: [], storyOf: new Map() };

function groups(ids: readonly string[], policy: StoryPolicy): string[][] {
  const byStory = new Map<string, string[]>();
  for (const { story, member } of assignBatch(reports(ids), EMPTY, policy).members) (byStory.get(story) ?? byStory.set(story, []).get(story)!).push(member.id);
  return [...byStory.values()].map((g) => g.sort()).sort();
}

const IDS = ['strike/herald', 'strike/courier', 'strike/wire', 'strike/herald-reprint', 'talks/herald'];
const POLICY: StoryPolicy = { ...STORY_POLICY, joinScore: 0.3, sameOutletScore: 0.8 };

test('an outlet reporting the next episode of its own story founds a new story; other outlets and its reprint join', () => {
  assert.deepEqual(groups(IDS, { ...POLICY, sameOutletScore: 0 }), [IDS.slice().sort()]);
  assert.deepEqual(groups(IDS, POLICY), [['strike/courier', 'strike/herald', 'strike/herald-reprint', 'strike/wire'], ['talks/herald']]);
});

test('a story keeps its outlets in the order they first reported it, up to the policy limit', () => {
  const outlets = (policy: StoryPolicy) => assignBatch(reports(IDS.slice(0, 4)), EMPTY, policy).stories.map((s) => s.record.outlets);
  assert.deepEqual(outlets(POLICY), [['Herald', 'Courier', 'Wire']]);
  assert.deepEqual(outlets({ ...POLICY, storyOutlets: 2 }), [['Herald', 'Courier']]);
});

test('reuse of a small share of a member joins its story only when the document is like the story', () => {
  const [strike] = reports(['strike/herald']);
  const fragment = (id: string, text: string, share: number): BatchDocument => ({
    ...document(id, text),
    reuse: [{ other: 'strike/herald', relation: 'copy', role: 'derivative', share: { self: 1, other: share } }],
  });
  const lead = 'Ferry crews at Port Selby walked out on Monday over pay, stranding 2,000 passengers.';
  // The same passage inside a page about something else: its words are the page's, its subject not.
  const aside = 'Harlow Reservoir fell to 31 per cent on Friday, and the Harlow Sailing Club cancelled its regatta.';
  const placed = (doc: BatchDocument) => assignBatch([strike!, doc], EMPTY, STORY_POLICY).members.find((m) => m.member.id === doc.features.id)!;
  const joined = placed(fragment('lead', lead, 0.1));
  assert.equal(joined.member.reason, 'reuse');
  assert.match(joined.member.why, /^copy of strike\/herald; the reuse is 100% of this text and 10% of strike\/herald, and the text is like the story \(similarity 0\.\d\d\)$/);
  assert.equal(placed(fragment('aside', aside, 0.1)).member.reason, 'founded');
  // Much of both texts reused: a retelling joins outright, like the story or not.
  assert.equal(placed(fragment('aside', aside, 0.9)).member.why, 'copy of strike/herald');
});

test('a retelling of members of two stories merges them into the one most of its partners are in, and says so', () => {
  const [herald, courier] = reports(['strike/herald', 'strike/courier']);
  // Two reports of one strike that share no wording a story match counts: two stories, until a
  // third text retells both.
  const apart = { ...STORY_POLICY, joinScore: 1.01 };
  const link = (other: string) => ({ other, relation: 'light-rewrite' as const, role: 'derivative' as const, share: { self: 0.9, other: 0.7 } });
  const both: BatchDocument = { ...reports(['strike/wire'])[0]!, reuse: [link('strike/herald'), link('strike/courier')] };
  const update = assignBatch([herald!, courier!, both], EMPTY, apart);
  // One partner in each: the tie goes by story id, and of two stories of one size, into the joined one.
  assert.deepEqual(update.merged, [{ from: 'strike/herald', into: 'strike/courier' }]);
  assert.deepEqual(update.stories.map((s) => [s.record.id, s.record.size, s.record.origin]), [['strike/courier', 3, 'strike/courier']]);
  assert.deepEqual(update.members.map((m) => [m.member.id, m.story]), [['strike/herald', 'strike/courier'], ['strike/courier', 'strike/courier'], ['strike/wire', 'strike/courier']]);
  assert.equal(update.members[2]!.member.why, 'light-rewrite of strike/courier; as a retelling of strike/herald too, it merged that story (1 report) with this one');
});
