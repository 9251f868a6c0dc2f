/**
 * @module store/story-conformance
 * The story part of the Store conformance suite (run by `runStoreTests` for every backend).
 * Contract: `putStories` writes stories whole, replacing their keys; memberships keep join order (a merge moves
 * a story's members whole into another and deletes it);
 * document frequencies and the document count add up over batches; `findStoryIds` ranks each query's
 * stories by shared keys (a key asked twice counts once), then id; `getStories` reads a story as last
 * written through any handle; `listStories` is largest first, then id;
 * `storyRecords` pages every story whole in id order; `exclusive` runs one body at a time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryMember, StoryRecord } from '../core/stories.js';
import type { Store } from './store.js';

export function story(id: string, size: number, extra: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id, size, reused: 0, origin: id, firstSeen: '2024-03-01T09:00:00.000Z', lastSeen: '2024-03-02T09:00:00.000Z',
    centroid: { specifics: { keys: ['#33', 'Tara Reid'], weights: [0.4, 0.9] }, terms: { keys: ['rehab'], weights: [0.7] }, title: { keys: [], weights: [] } },
    topNames: ['Tara Reid', '33'], topTerms: ['rehab'], labels: ['rehab'], kept: [], outlets: ['Outlet'], title: `Story ${id}`, why: `${size} reports naming Tara Reid`, ...extra,
  };
}

/** A story model in the layout before sorted arrays (SQLite schema 2, PostgreSQL before migration 4), and as migrated. */
export const OLD_MODEL = { centroid: { specifics: { 'Tara Reid': 0.9, '#33': 0.4 }, terms: { zeta: 0.2, alpha: 0.5 }, title: {} }, labels: { zeta: 'zetas' } };
export const NEW_MODEL: Partial<StoryRecord> = {
  centroid: { specifics: { keys: ['#33', 'Tara Reid'], weights: [0.4, 0.9] }, terms: { keys: ['alpha', 'zeta'], weights: [0.5, 0.2] }, title: { keys: [], weights: [] } },
  labels: ['', 'zetas'],
  outlets: [],
};
/** Kept members (written by the split before sorted arrays) in the old layout, and as migrated. */
export const OLD_KEPT = [{ member: member('d1', { reason: 'founded' }), vectors: { specifics: { Thanou: 0.6, Kenteris: 0.8 }, terms: { doping: 1 }, title: {} } }];
export const NEW_KEPT: StoryRecord['kept'] = [{ member: member('d1', { reason: 'founded' }), vectors: { specifics: { keys: ['Kenteris', 'Thanou'], weights: [0.8, 0.6] }, terms: { keys: ['doping'], weights: [1] }, title: { keys: [], weights: [] } } }];

export function member(id: string, extra: Partial<StoryMember> = {}): StoryMember {
  return { id, title: `Report ${id}`, outlet: 'Outlet', published: null, period: '2004-2005', reason: 'match', score: 0.5, shared: ['Tara Reid'], why: 'shares Tara Reid', ...extra };
}

export function runStoryStoreTests(check: (body: (store: Store) => Promise<void>) => () => Promise<void>, another: (store: Store) => Promise<Store>): void {
  /** Runs `body` on a second handle on the same index, closed after it. */
  const throughAnother = async (store: Store, body: (other: Store) => Promise<unknown>) => {
    const other = await another(store);
    try {
      await body(other);
    } finally {
      await other.close();
    }
  };

  test('stories round-trip with their members in join order and add up frequencies', check(async (store) => {
    assert.deepEqual(await store.stories.storyFrequencies(['rehab']), { documents: 0, df: new Map() });
    await store.stories.putStories({
      stories: [{ record: story('s1', 2), keys: ['Tara Reid', 'rehab'] }, { record: story('s2', 1), keys: ['Lohan'] }],
      members: [{ story: 's1', member: member('d2') }, { story: 's1', member: member('d1', { reason: 'founded' }) }, { story: 's2', member: member('d3') }],
      documentFrequencies: { rehab: 3, 'Tara Reid': 2 },
      documents: 3,
    });
    await store.stories.putStories({ stories: [], members: [], documentFrequencies: { rehab: 1, Lohan: 1 }, documents: 1 });
    const freq = await store.stories.storyFrequencies(['rehab', 'Lohan', 'absent']);
    assert.equal(freq.documents, 4);
    assert.deepEqual([...freq.df].sort(), [['Lohan', 1], ['rehab', 4]]);
    assert.deepEqual(await store.stories.getStories(['s2', 's1', 'missing']), [story('s1', 2), story('s2', 1)]);
    assert.deepEqual([...(await store.stories.storiesOf(['d1', 'd3', 'd9']))].sort(), [['d1', 's1'], ['d3', 's2']]);
    const listed = await store.stories.listStories({ minSize: 1, limit: 10 });
    assert.deepEqual(listed.map((s) => [s.story.id, s.members.map((m) => m.id)]), [['s1', ['d2', 'd1']], ['s2', ['d3']]]);
    assert.deepEqual(listed[0]!.members[1], member('d1', { reason: 'founded' }));
    assert.deepEqual((await store.stories.listStories({ minSize: 2, limit: 10 })).map((s) => s.story.id), ['s1']);
    assert.deepEqual((await store.stories.listStories({ minSize: 1, limit: 1 })).map((s) => s.story.id), ['s1']);
  }));

  test('every story reads whole, page by page in id order, with every key frequency', check(async (store) => {
    assert.deepEqual(await store.stories.storyRecords({ limit: 10 }), []);
    await store.stories.putStories({
      stories: [{ record: story('s2', 1), keys: ['Lohan'] }, { record: story('s1', 2, { kept: NEW_KEPT }), keys: ['Tara Reid', 'rehab'] }, { record: story('s3', 1), keys: [] }],
      members: [{ story: 's1', member: member('d2') }, { story: 's2', member: member('d3') }, { story: 's1', member: member('d1', { reason: 'founded' }) }],
      documentFrequencies: { rehab: 2, Lohan: 1 },
      documents: 3,
    });
    const first = await store.stories.storyRecords({ limit: 2 });
    assert.deepEqual(first, [
      { record: story('s1', 2, { kept: NEW_KEPT }), keys: ['Tara Reid', 'rehab'], members: [member('d2'), member('d1', { reason: 'founded' })] },
      { record: story('s2', 1), keys: ['Lohan'], members: [member('d3')] },
    ]);
    assert.deepEqual(await store.stories.storyRecords({ after: 's2', limit: 2 }), [{ record: story('s3', 1), keys: [], members: [] }]);
    const all = await store.stories.allStoryFrequencies();
    assert.equal(all.documents, 3);
    assert.deepEqual([...all.df].sort(), [['Lohan', 1], ['rehab', 2]]);
  }));

  test('stories are found by shared keys, and a story rewritten with new keys only under those', check(async (store) => {
    await store.stories.putStories({
      stories: [
        { record: story('a', 1), keys: ['Aden', 'pirates', 'Sirius Star'] },
        { record: story('b', 1), keys: ['Aden', 'pirates'] },
        { record: story('c', 1), keys: ['Wasilla'] },
      ],
      members: [], documentFrequencies: {}, documents: 0,
    });
    assert.deepEqual(await store.stories.findStoryIds([['Aden', 'pirates', 'Sirius Star', 'none'], ['Wasilla', 'pirates'], ['Aden', 'pirates', 'Aden']], 10), [['a', 'b'], ['a', 'b', 'c'], ['a', 'b']]);
    assert.deepEqual(await store.stories.findStoryIds([['Aden', 'pirates']], 1), [['a']]);
    assert.deepEqual(await store.stories.findStoryIds([[]], 10), [[]]);
    assert.deepEqual(await store.stories.findStoryIds([], 10), []);
    await store.stories.putStories({ stories: [{ record: story('a', 2), keys: ['Wasilla'] }], members: [], documentFrequencies: {}, documents: 0 });
    assert.deepEqual(await store.stories.findStoryIds([['Sirius Star']], 10), [[]]);
    const [found] = await store.stories.findStoryIds([['Wasilla']], 10);
    assert.deepEqual((await store.stories.getStories(found!)).map((s) => [s.id, s.size]), [['a', 2], ['c', 1]]);
  }));

  test('a story rewritten through another handle on the index is read as rewritten, not as last read', check(async (store) => {
    await store.stories.putStories({ stories: [{ record: story('a', 1), keys: ['Aden'] }], members: [], documentFrequencies: {}, documents: 0 });
    assert.deepEqual(await store.stories.getStories(['a']), [story('a', 1)]);
    await throughAnother(store, async (other) => {
      assert.deepEqual(await other.stories.getStories(['a']), [story('a', 1)]);
      await other.stories.putStories({ stories: [{ record: story('a', 3, { why: '3 reports' }), keys: ['Aden'] }], members: [], documentFrequencies: {}, documents: 0 });
    });
    assert.deepEqual(await store.stories.getStories(['a', 'b']), [story('a', 3, { why: '3 reports' })]);
  }));

  test('story frequencies read through one handle follow its own writes and those through another handle', check(async (store) => {
    const frequencies = async (handle: Store) => {
      const f = await handle.stories.storyFrequencies(['rehab', 'Lohan', 'absent']);
      return [f.documents, [...f.df].sort()];
    };
    const put = (handle: Store, documentFrequencies: Record<string, number>, documents: number) =>
      handle.stories.putStories({ stories: [], members: [], documentFrequencies, documents });
    assert.deepEqual(await frequencies(store), [0, []]);
    await put(store, { rehab: 2 }, 2);
    assert.deepEqual(await frequencies(store), [2, [['rehab', 2]]]);
    await throughAnother(store, (other) => put(other, { rehab: 1, Lohan: 1 }, 1));
    assert.deepEqual(await frequencies(store), [3, [['Lohan', 1], ['rehab', 3]]]);
    await put(store, { Lohan: 1 }, 1);
    assert.deepEqual(await frequencies(store), [4, [['Lohan', 2], ['rehab', 3]]]);
  }));

  test('a member put into another story moves there (a split), its model keeps the kept members, and a rewritten story is not read as cached', check(async (store) => {
    const kept = (id: string, name: string) => ({ member: member(id), vectors: { specifics: { keys: [name], weights: [1] }, terms: { keys: ['doping'], weights: [1] }, title: { keys: [], weights: [] } } });
    const before = story('s1', 2, { kept: [kept('d1', 'Kenteris'), kept('d2', 'Thanou')] });
    await store.stories.putStories({
      stories: [{ record: before, keys: ['Kenteris'] }],
      members: [{ story: 's1', member: member('d1', { reason: 'founded' }) }, { story: 's1', member: member('d2') }],
      documentFrequencies: {}, documents: 2,
    });
    assert.deepEqual(await store.stories.getStories(['s1']), [before]);
    const after = [story('s1', 1, { kept: [kept('d1', 'Kenteris')] }), story('d2', 1, { kept: [kept('d2', 'Thanou')] })];
    await store.stories.putStories({
      stories: after.map((record) => ({ record, keys: [record.kept[0]!.vectors.specifics.keys[0]!] })),
      members: [{ story: 'd2', member: member('d2', { reason: 'founded', why: 'split from story s1' }) }],
      documentFrequencies: {}, documents: 0,
    });
    assert.deepEqual([...(await store.stories.storiesOf(['d1', 'd2']))].sort(), [['d1', 's1'], ['d2', 'd2']]);
    const listed = await store.stories.listStories({ minSize: 1, limit: 10 });
    assert.deepEqual(listed.map((s) => [s.story.id, s.members.map((m) => [m.id, m.why])]).sort(), [['d2', [['d2', 'split from story s1']]], ['s1', [['d1', 'shares Tara Reid']]]]);
    assert.deepEqual(await store.stories.getStories(['s1', 'd2']), [after[1], after[0]]);
    await throughAnother(store, async (other) => assert.deepEqual(await other.stories.getStories(['s1', 'd2']), [after[1], after[0]]));
  }));

  test('a merged story moves all its members into the other, in join order, and is found and read no more', check(async (store) => {
    await store.stories.putStories({
      stories: [{ record: story('a', 2), keys: ['Alpha'] }, { record: story('b', 1), keys: ['Beta'] }],
      members: [{ story: 'a', member: member('a1') }, { story: 'b', member: member('b1') }, { story: 'a', member: member('a2') }],
      documentFrequencies: {}, documents: 3,
    });
    assert.deepEqual(await store.stories.findStoryIds([['Beta']], 5), [['b']]);
    await store.stories.putStories({
      stories: [{ record: story('a', 4), keys: ['Alpha', 'Beta'] }],
      merged: [{ from: 'b', into: 'a' }],
      members: [{ story: 'a', member: member('c1', { reason: 'reuse' }) }],
      documentFrequencies: {}, documents: 1,
    });
    assert.deepEqual([...(await store.stories.storiesOf(['a1', 'a2', 'b1', 'c1']))].sort(), [['a1', 'a'], ['a2', 'a'], ['b1', 'a'], ['c1', 'a']]);
    const listed = await store.stories.listStories({ minSize: 1, limit: 10 });
    assert.deepEqual(listed.map((s) => [s.story.id, s.members.map((m) => m.id)]), [['a', ['a1', 'b1', 'a2', 'c1']]]);
    assert.deepEqual(await store.stories.getStories(['a', 'b']), [story('a', 4)]);
    assert.deepEqual(await store.stories.findStoryIds([['Beta']], 5), [['a']]);
    await throughAnother(store, async (other) => assert.deepEqual(await other.stories.findStoryIds([['Beta']], 5), [['a']]));
  }));

  test('a story merged away and written again in one batch (a split names its part after its first member) is stored as written', check(async (store) => {
    await store.stories.putStories({
      stories: [{ record: story('a', 1), keys: ['Alpha'] }, { record: story('b', 2), keys: ['Beta'] }],
      members: [{ story: 'a', member: member('a1') }, { story: 'b', member: member('b') }, { story: 'b', member: member('b2') }],
      documentFrequencies: {}, documents: 3,
    });
    // b merges into a; then b's founder and a new report split off again as b.
    await store.stories.putStories({
      stories: [{ record: story('a', 2), keys: ['Alpha'] }, { record: story('b', 2, { why: 'split' }), keys: ['Gamma'] }],
      merged: [{ from: 'b', into: 'a' }],
      members: [{ story: 'b', member: member('b', { why: 'split from story a' }) }, { story: 'b', member: member('c1') }],
      documentFrequencies: {}, documents: 1,
    });
    assert.deepEqual([...(await store.stories.storiesOf(['a1', 'b', 'b2', 'c1']))].sort(), [['a1', 'a'], ['b', 'b'], ['b2', 'a'], ['c1', 'b']]);
    const listed = await store.stories.listStories({ minSize: 1, limit: 10 });
    assert.deepEqual(listed.map((s) => [s.story.id, s.members.map((m) => m.id)]), [['a', ['a1', 'b2']], ['b', ['b', 'c1']]]);
    assert.deepEqual(await store.stories.getStories(['b']), [story('b', 2, { why: 'split' })]);
    assert.deepEqual(await store.stories.findStoryIds([['Beta'], ['Gamma']], 5), [[], ['b']]);
  }));

  test('exclusive runs one body at a time and passes its result and errors through', check(async (store) => {
    const log: string[] = [];
    const body = (name: string) => async () => {
      log.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 20));
      log.push(`${name} out`);
      return name;
    };
    assert.deepEqual(await Promise.all([store.stories.exclusive(body('a')), store.stories.exclusive(body('b'))]), ['a', 'b']);
    // One at a time, in either order: PostgreSQL grants its advisory lock to whichever pooled
    // connection asks first, which need not be the first caller.
    assert.ok(['a in,a out,b in,b out', 'b in,b out,a in,a out'].includes(log.join()), log.join());
    await assert.rejects(store.stories.exclusive(async () => { throw new Error('boom'); }), /boom/);
    assert.equal(await store.stories.exclusive(async () => 'after'), 'after');
  }));
}
