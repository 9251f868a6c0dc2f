import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { STORY_POLICY } from '../stories/index.js';
import { REPORTS as SPLIT_REPORTS } from '../stories/test-support/reports.js';
import { analyze } from '../text/index.js';
import { clusters } from './read-stories.js';
import { storyText } from '../stories/index.js';
import { storyDocument, updateStories } from './update-stories.js';
import { packTextFeatures } from '../stories/features-wire.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Two earthquakes (one topic, two events) and a ferry strike; each event told by several outlets.
const REPORTS: Record<string, { outlet: string; title: string; text: string }> = {
  'quake-a/herald': { outlet: 'Herald', title: 'Quake of magnitude 6.8 shakes Valdoria coast', text: 'A magnitude 6.8 earthquake struck off the coast of Valdoria on Tuesday, shaking the port city of Mirenza. The Valdoria Seismic Institute said the quake was centred 40 km west of Mirenza. Mayor Ilse Branco said 12 buildings collapsed in the old town and rescuers were searching the rubble.' },
  'quake-a/courier': { outlet: 'Courier', title: 'Mirenza digs out after 6.8 earthquake', text: 'Rescuers in Mirenza worked through the night after the 6.8 earthquake. Mayor Ilse Branco told reporters that 12 buildings had fallen. The Valdoria Seismic Institute recorded six aftershocks, the strongest of magnitude 5.1.' },
  'quake-a/wire': { outlet: 'Wire', title: 'Valdoria earthquake: 12 buildings down in Mirenza', text: 'The earthquake that hit Valdoria measured 6.8, according to the Valdoria Seismic Institute. In Mirenza, Mayor Ilse Branco said the old town lost 12 buildings and the harbour was closed to ships.' },
  'quake-b/herald': { outlet: 'Herald', title: 'Earthquake of magnitude 5.9 hits Korvath valley', text: 'A magnitude 5.9 earthquake struck the Korvath valley on Sunday, damaging farms around the town of Telsk. Governor Anton Reyes said 300 families had left their homes. The Korvath Geological Office said the quake was shallow, 8 km deep.' },
  'quake-b/courier': { outlet: 'Courier', title: 'Telsk families flee after Korvath quake', text: 'Governor Anton Reyes said 300 families from Telsk spent the night in tents after the 5.9 earthquake. The Korvath Geological Office warned that aftershocks could follow, and rescuers checked damaged farms.' },
  'ferry/herald': { outlet: 'Herald', title: 'Ferry crews strike at Port Selby', text: 'Ferry crews at Port Selby walked out on Monday over pay, stranding 2,000 passengers. The Selby Seafarers Union said talks with Northline Ferries had failed. Northline chief Dana Whitcombe called the strike unnecessary.' },
  'ferry/courier': { outlet: 'Courier', title: 'Port Selby ferry strike strands passengers', text: 'About 2,000 passengers were stranded at Port Selby as ferry crews struck over pay. Dana Whitcombe of Northline Ferries said the Selby Seafarers Union had walked away from talks.' },
};

function batch(ids: readonly string[]) {
  return ids.map((id) => {
    const r = REPORTS[id]!;
    return storyDocument({ id, title: r.title, outlet: r.outlet, published: null, period: null, text: packTextFeatures(storyText(analyze(`${r.title}\n\n${r.text}`, { language: 'en' }), r.title)), edges: [] });
  });
}

async function storiesOf(ids: readonly string[], batchSize: number) {
  const store = await openSqliteStore(join(dir, `stories-${batchSize}.db`));
  try {
    for (let i = 0; i < ids.length; i += batchSize) await updateStories(store.stories, batch(ids.slice(i, i + batchSize)));
    const list = await store.stories.listStories({ minSize: 1, limit: 10 });
    return { groups: list.map((s) => s.members.map((m) => m.id).sort()).sort(), list };
  } finally {
    await store.close();
  }
}

const ORDER = ['quake-a/herald', 'quake-b/herald', 'ferry/herald', 'quake-a/courier', 'quake-b/courier', 'ferry/courier', 'quake-a/wire'];
const EXPECTED = [['ferry/courier', 'ferry/herald'], ['quake-a/courier', 'quake-a/herald', 'quake-a/wire'], ['quake-b/courier', 'quake-b/herald']];

test('two earthquakes are two stories, and one event told by three outlets is one', async () => {
  const { groups, list } = await storiesOf(ORDER, 2);
  assert.deepEqual(groups, EXPECTED);
  const quake = list.find((s) => s.story.id === 'quake-a/herald')!;
  assert.match(quake.story.why, /^3 reports naming .*Ilse Branco/);
  assert.ok(quake.members.slice(1).every((m) => m.reason === 'match' && /Mirenza|Branco/.test(m.why)), JSON.stringify(quake.members));
});

test('the stories do not depend on how the stream is cut into batches', async () => {
  assert.deepEqual((await storiesOf(ORDER, 7)).groups, EXPECTED);
  assert.deepEqual((await storiesOf(ORDER, 1)).groups, EXPECTED);
});

test('a retelling of much of its source joins its story even when it shares no names, and a re-run assigns nothing twice', async () => {
  const store = await openSqliteStore(join(dir, 'reuse.db'));
  try {
    await updateStories(store.stories, batch(['ferry/herald']));
    const copy = storyDocument({ id: 'short', title: null, outlet: 'Blog', published: null, period: null, text: packTextFeatures(storyText(analyze('Crews walked out over pay.', { language: 'en' }), null)), edges: [{ from: 'ferry/herald', to: 'short', relation: 'light-rewrite', score: 0.8, sourceCoverage: 0.5, derivativeCoverage: 1, directed: true, evidence: 'aligned' }] });
    assert.deepEqual(await updateStories(store.stories, [copy]), { assigned: 1, founded: 0 });
    assert.deepEqual(await updateStories(store.stories, [copy]), { assigned: 0, founded: 0 });
    const [only] = await store.stories.listStories({ minSize: 2, limit: 10 });
    assert.deepEqual(only!.members.map((m) => [m.id, m.reason, m.why]), [['ferry/herald', 'founded', 'founded this story (the first of its members indexed)'], ['short', 'reuse', 'light-rewrite of ferry/herald']]);
    assert.equal(only!.story.reused, 1);
  } finally {
    await store.close();
  }
});

test('a source indexed after its retelling says it is the source, and the story\'s origin follows the derived-from edge', async () => {
  const store = await openSqliteStore(join(dir, 'late-source.db'));
  try {
    // The retelling arrives first and founds the story; its source comes later, linked to it.
    await updateStories(store.stories, batch(['ferry/courier']));
    const edge = { from: 'ferry/herald', to: 'ferry/courier', relation: 'heavy-rewrite' as const, score: 0.6, sourceCoverage: 0.5, derivativeCoverage: 0.7, directed: true, evidence: 'aligned' as const };
    await store.putEdges([{ id: 'ferry/courier', edges: [edge] }]);
    const r = REPORTS['ferry/herald']!;
    const source = storyDocument({ id: 'ferry/herald', title: r.title, outlet: r.outlet, published: null, period: null, text: packTextFeatures(storyText(analyze(`${r.title}\n\n${r.text}`, { language: 'en' }), r.title)), edges: [edge] });
    await updateStories(store.stories, [source]);
    const [story] = (await clusters(store)).clusters;
    assert.deepEqual(story!.members.map((m) => [m.id, m.why]), [
      ['ferry/courier', 'founded this story (the first of its members indexed)'], ['ferry/herald', 'source of ferry/courier (heavy-rewrite)'],
    ]);
    assert.equal(story!.origin, 'ferry/herald');
  } finally {
    await store.close();
  }
});

test('a split moves members stored by earlier batches into the new story', async () => {
  const store = await openSqliteStore(join(dir, 'split.db'));
  const lax = { ...STORY_POLICY, joinScore: 0.1, sameOutletScore: 0, minSharedSpecifics: 1, split: { ...STORY_POLICY.split, crossScore: 0.25 } };
  const quakes = ['mirenza/herald', 'mirenza/courier', 'mirenza/wire', 'valdoria/roundup', 'telsk/herald', 'telsk/courier', 'telsk/wire'];
  try {
    for (const id of quakes) {
      const [title, ...rest] = SPLIT_REPORTS[id]!.split('. ');
      const doc = storyDocument({ id, title: title!, outlet: id.split('/')[1]!, published: null, period: null, text: packTextFeatures(storyText(analyze(`${title}.\n\n${rest.join('. ')}`, { language: 'en' }), title!)), edges: [] });
      assert.equal((await updateStories(store.stories, [doc], lax)).assigned, 1);
    }
    // The roundup names both events and may go with either; the two events' own reports are apart.
    const listed = await store.stories.listStories({ minSize: 1, limit: 10 });
    const groups = listed.map((s) => s.members.map((m) => m.id).filter((id) => id !== 'valdoria/roundup').sort()).sort();
    assert.deepEqual(groups, [['mirenza/courier', 'mirenza/herald', 'mirenza/wire'], ['telsk/courier', 'telsk/herald', 'telsk/wire']]);
    const of = await store.stories.storiesOf(quakes);
    assert.equal(new Set(quakes.map((id) => of.get(id))).size, 2);
    assert.equal(listed.reduce((n, s) => n + s.story.size, 0), quakes.length);
  } finally {
    await store.close();
  }
});
