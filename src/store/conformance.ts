/**
 * @module store/conformance
 * One behavioural test suite that every Store backend must pass, so SQLite and PostgreSQL stay
 * interchangeable. A backend's test file calls `runStoreTests` with a factory over real storage.
 *
 * Contract details the interface leaves open, fixed here for both backends:
 * - `putDocuments`: `unchanged` when id, content hash and every metadata field are equal (the
 *   original `ingestedAt` is kept); `updated` otherwise, replacing keys; later duplicates of an id in
 *   one batch see the earlier ones.
 * - `getKeys` returns the keys as sets (sorted ascending, no repeats).
 * - `keyPostings` answers each distinct key held by a stored document, in key order, with its
 *   document frequency and at most `perKey` documents, earliest stored first (SQLite: insertion
 *   order; PostgreSQL: id order); none for a key above `maxFrequency`. Frequencies follow updates.
 * - `getAnalysis` gives back the bytes last given with the document's text, or null when its last
 *   change came without any; an unchanged document keeps them.
 * - `indexEntries` gives keys (as sets) and the reuse group written with the document; an
 *   unchanged document keeps its group.
 * - `findByContentHash` maps each found hash to the smallest id holding it; `contentHashesOf` maps
 *   each stored id to its hash.
 * - `listDocuments` and ties use binary (code point) order of ids, e.g. PostgreSQL `COLLATE "C"`.
 * - `putEdges(writes)` throws `store_failed` for an edge that does not touch its write's `id`, and
 *   applies the writes in turn (a later write's `id` clears what an earlier one stored); an edge is one
 *   per unordered pair: a later edge B->A replaces A->B. `edgesOf` ranks by score descending then
 *   (from, to), and reads at most its `limit`; `allEdges` is in (from, to) order.
 * - `search` treats the query as plain words (all required, no operator syntax), and never throws on
 *   punctuation or quotes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentKeys, Edge, NewDocument, Store } from './store.js';
import { FINGERPRINT_SCHEME } from '../fingerprint/scheme.js';
import { isNewstraceError } from '../core/errors.js';
import { member, runStoryStoreTests, story } from './story-conformance.js';

export interface StoreTestTarget {
  readonly name: string;
  /** A store over a new, empty location (the suite migrates and closes it). */
  readonly createStore: () => Promise<Store>;
  /** Opens the location of `store` (already closed) again, as an index of fingerprint scheme `scheme`. */
  readonly reopen: (store: Store, scheme: string) => Promise<Store>;
  /** When set, the whole suite is skipped with this reason (e.g. no server available). */
  readonly skip?: string;
}

export function doc(id: string, text: string, extra: Partial<NewDocument> = {}): NewDocument {
  return {
    id,
    path: `${id}.txt`,
    url: null,
    outlet: null,
    published: null,
    title: null,
    language: 'en',
    text,
    contentHash: `h:${text}`,
    ...extra,
  };
}

const keys = (bands: number[], passages: number[]): DocumentKeys => ({ bands, passages });
const edge = (from: string, to: string, score: number, extra: Partial<Edge> = {}): Edge => ({
  from, to, relation: 'light-rewrite', score, sourceCoverage: 0.8, derivativeCoverage: 0.7, directed: true, evidence: 'aligned', ...extra,
});
const sortedSet = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);
const hasCode = (code: string) => (error: unknown) => isNewstraceError(error) && error.code === code;

export function runStoreTests(target: StoreTestTarget): void {
  describe(`Store conformance: ${target.name}`, { skip: target.skip }, () => {
    async function withStore(body: (store: Store) => Promise<void>): Promise<Store> {
      const store = await target.createStore();
      await store.migrate();
      try {
        await body(store);
      } finally {
        await store.close();
      }
      return store;
    }
    const check = (body: (store: Store) => Promise<void>) => async () => {
      await withStore(body);
    };

    test('a put document reads back with its metadata and an ingest time', check(async (store) => {
      const meta = { url: 'https://example.org/a', outlet: 'Example', published: '2024-05-01T10:00:00Z', title: 'Tïtle' };
      assert.deepEqual(await store.putDocuments([{ document: doc('a', 'Alpha text ünïcode', meta), keys: keys([1], [2]) }]), ['inserted']);
      const got = await store.getDocument('a');
      assert.ok(got);
      const { ingestedAt, ...rest } = got;
      assert.deepEqual(rest, doc('a', 'Alpha text ünïcode', meta));
      assert.ok(!Number.isNaN(Date.parse(ingestedAt)));
      assert.equal(await store.getDocument('missing'), null);
      assert.equal(await store.countDocuments(), 1);
    }));

    test('putting the same document again is unchanged and keeps the ingest time', check(async (store) => {
      await store.putDocuments([{ document: doc('a', 'Alpha'), keys: keys([1], [2]) }]);
      const first = await store.getDocument('a');
      await new Promise((r) => setTimeout(r, 5));
      assert.deepEqual(await store.putDocuments([{ document: doc('a', 'Alpha'), keys: keys([1], [2]) }]), ['unchanged']);
      assert.equal((await store.getDocument('a'))?.ingestedAt, first?.ingestedAt);
      assert.equal(await store.countDocuments(), 1);
    }));

    test('a changed text or metadata updates the document and replaces its keys', check(async (store) => {
      await store.putDocuments([{ document: doc('a', 'Alpha'), keys: keys([1, 2], [3]) }]);
      const outcomes = await store.putDocuments([
        { document: doc('a', 'Alpha two'), keys: keys([9], [8, 8, 7]) },
        { document: doc('a', 'Alpha two', { outlet: 'X' }), keys: keys([9], [7, 8]) },
        { document: doc('b', 'Beta'), keys: keys([1], []) },
      ]);
      assert.deepEqual(outcomes, ['updated', 'updated', 'inserted']);
      assert.equal((await store.getDocument('a'))?.outlet, 'X');
      assert.deepEqual(await store.getKeys('a'), { bands: [9], passages: [7, 8] });
      assert.deepEqual(await store.keyPostings(keys([1, 2, 9], [3, 7]), { perKey: 10, maxFrequency: 10 }), {
        bands: [{ key: 1, frequency: 1, documents: ['b'] }, { key: 9, frequency: 1, documents: ['a'] }],
        passages: [{ key: 7, frequency: 1, documents: ['a'] }],
      });
      assert.equal(await store.getKeys('missing'), null);
    }));

    test("a document's analysis reads back with its text, is kept while unchanged and goes with a replaced text", check(async (store) => {
      const bytes = Uint8Array.from([1, 0, 255, 128, 7]);
      const published = '2024-05-01';
      await store.putDocuments([
        { document: doc('a', 'Alpha', { published }), keys: keys([1], [2]), analysis: bytes },
        { document: doc('b', 'Beta'), keys: keys([1], [2]) },
      ]);
      const read = async (id: string) => {
        const got = await store.getAnalysis(id);
        return got && { ...got, analysis: got.analysis && [...got.analysis] };
      };
      assert.deepEqual(await read('a'), { text: 'Alpha', language: 'en', published, analysis: [...bytes] });
      assert.deepEqual(await read('b'), { text: 'Beta', language: 'en', published: null, analysis: null });
      assert.equal(await store.getAnalysis('missing'), null);
      await store.putDocuments([{ document: doc('a', 'Alpha', { published }), keys: keys([1], [2]) }]);
      assert.deepEqual((await read('a'))?.analysis, [...bytes], 'unchanged: kept');
      await store.putDocuments([{ document: doc('a', 'Alpha two'), keys: keys([1], [2]) }, { document: doc('b', 'Beta two'), keys: keys([1], [2]), analysis: bytes }]);
      assert.deepEqual((await read('a'))?.analysis, null, 'replaced without one: none');
      assert.deepEqual((await read('b'))?.analysis, [...bytes], 'replaced with one: the new one');
    }));

    test('keys up to 2^53 round-trip as sets', check(async (store) => {
      const big = [Number.MAX_SAFE_INTEGER, 2 ** 52 + 1, 0, 17, 17];
      await store.putDocuments([{ document: doc('a', 'A'), keys: keys(big, [...big].reverse()) }]);
      assert.deepEqual(await store.getKeys('a'), { bands: sortedSet(big), passages: sortedSet(big) });
      const found = await store.keyPostings(keys([Number.MAX_SAFE_INTEGER], []), { perKey: 5, maxFrequency: 5 });
      assert.deepEqual(found.bands, [{ key: Number.MAX_SAFE_INTEGER, frequency: 1, documents: ['a'] }]);
    }));

    test('findByContentHash maps hashes to the smallest id holding them; contentHashesOf maps ids to hashes', check(async (store) => {
      await store.putDocuments([
        { document: doc('b', 'same'), keys: keys([], []) },
        { document: doc('a', 'same'), keys: keys([], []) },
        { document: doc('c', 'other'), keys: keys([], []) },
      ]);
      const found = await store.findByContentHash(['h:same', 'h:other', 'h:none']);
      assert.deepEqual([...found.entries()].sort(), [['h:other', 'c'], ['h:same', 'a']]);
      assert.equal((await store.findByContentHash([])).size, 0);
      assert.deepEqual([...(await store.contentHashesOf(['c', 'a', 'missing', 'a'])).entries()].sort(), [['a', 'h:same'], ['c', 'h:other']]);
      assert.equal((await store.contentHashesOf([])).size, 0);
    }));

    test('postings are bounded per key, common keys are counted but not read, and groups are kept', check(async (store) => {
      await store.putDocuments([
        { document: doc('d1', '1'), keys: keys([1], [10, 11]) },
        { document: doc('d2', '2'), keys: keys([1], [10]), group: 'd1' },
        { document: doc('d3', '3'), keys: keys([1], [10, 12]), group: 'd1' },
      ]);
      const found = await store.keyPostings(keys([1, 1, 5], [12, 11, 10]), { perKey: 2, maxFrequency: 2 });
      assert.deepEqual(found, {
        bands: [{ key: 1, frequency: 3, documents: [] }],
        passages: [{ key: 10, frequency: 3, documents: [] }, { key: 11, frequency: 1, documents: ['d1'] }, { key: 12, frequency: 1, documents: ['d3'] }],
      });
      assert.deepEqual((await store.keyPostings(keys([1], []), { perKey: 2, maxFrequency: 9 })).bands, [{ key: 1, frequency: 3, documents: ['d1', 'd2'] }]);
      assert.deepEqual(await store.keyPostings(keys([], []), { perKey: 2, maxFrequency: 2 }), { bands: [], passages: [] });
      // The same document again keeps its group; a changed one takes the group it is written with.
      await store.putDocuments([{ document: doc('d2', '2'), keys: keys([1], [10]) }, { document: doc('d3', '3 changed'), keys: keys([2], [12]) }]);
      const entries = await store.indexEntries(['d1', 'd2', 'd3', 'missing']);
      assert.deepEqual([...entries].sort(), [
        ['d1', { keys: keys([1], [10, 11]), group: 'd1', published: null }],
        ['d2', { keys: keys([1], [10]), group: 'd1', published: null }],
        ['d3', { keys: keys([2], [12]), group: 'd3', published: null }],
      ]);
      assert.deepEqual((await store.keyPostings(keys([1, 2], []), { perKey: 5, maxFrequency: 5 })).bands, [
        { key: 1, frequency: 2, documents: ['d1', 'd2'] }, { key: 2, frequency: 1, documents: ['d3'] },
      ]);
      assert.equal((await store.indexEntries([])).size, 0);
    }));

    test('listDocuments pages through every document in code point order of ids', check(async (store) => {
      const ids = ['b', 'B', 'a/2', 'a/10', 'Z', 'c', 'a-1', 'aa'];
      await store.putDocuments(ids.map((id) => ({ document: doc(id, `text ${id}`), keys: keys([], []) })));
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.listDocuments({ after, limit: 3 });
        if (page.length === 0) break;
        assert.ok(page.length <= 3);
        seen.push(...page.map((d) => d.id));
        after = page[page.length - 1]!.id;
      }
      assert.deepEqual(seen, [...ids].sort());
      assert.equal(await store.countDocuments(), ids.length);
    }));

    test('edges are stored per document, replaced, and listed both ways', check(async (store) => {
      await store.putDocuments(['a', 'b', 'c', 'd'].map((id) => ({ document: doc(id, id), keys: keys([], []) })));
      await store.putEdges([{ id: 'b', edges: [edge('a', 'b', 0.9), edge('b', 'c', 0.5, { relation: 'heavy-rewrite', directed: false })] }]);
      await store.putEdges([{ id: 'd', edges: [edge('d', 'c', 0.7, { sourceCoverage: 0.25, derivativeCoverage: 1, evidence: 'estimated' })] }]);
      assert.deepEqual(await store.edgesOf('c'), [edge('d', 'c', 0.7, { sourceCoverage: 0.25, derivativeCoverage: 1, evidence: 'estimated' }), edge('b', 'c', 0.5, { relation: 'heavy-rewrite', directed: false })]);
      assert.deepEqual(await store.edgesOf('b'), [edge('a', 'b', 0.9), edge('b', 'c', 0.5, { relation: 'heavy-rewrite', directed: false })]);
      assert.deepEqual(await store.edgesOf('b', 1), [edge('a', 'b', 0.9)]);
      // Replacing b's edges drops b-c and turns a->b around; d->c is untouched.
      await store.putEdges([{ id: 'b', edges: [edge('b', 'a', 0.95, { relation: 'copy' })] }]);
      assert.deepEqual(await store.edgesOf('a'), [edge('b', 'a', 0.95, { relation: 'copy' })]);
      assert.deepEqual(await store.allEdges(), [edge('b', 'a', 0.95, { relation: 'copy' }), edge('d', 'c', 0.7, { sourceCoverage: 0.25, derivativeCoverage: 1, evidence: 'estimated' })]);
      await store.putEdges([{ id: 'c', edges: [] }]);
      assert.deepEqual(await store.allEdges(), [edge('b', 'a', 0.95, { relation: 'copy' })]);
      assert.deepEqual(await store.edgesOf('missing'), []);
      await assert.rejects(store.putEdges([{ id: 'a', edges: [edge('c', 'd', 0.5)] }]), hasCode('store_failed'));
      // One call applies its writes in turn: d's clears the edge c's stored just before.
      await store.putEdges([{ id: 'c', edges: [edge('c', 'd', 0.3)] }, { id: 'd', edges: [] }]);
      assert.deepEqual(await store.allEdges(), [edge('b', 'a', 0.95, { relation: 'copy' })]);
      // A pair given twice in one document's edges: the last one given stands.
      await store.putEdges([{ id: 'c', edges: [edge('c', 'd', 0.3), edge('d', 'c', 0.6, { relation: 'copy' })] }]);
      assert.deepEqual(await store.edgesOf('c'), [edge('d', 'c', 0.6, { relation: 'copy' })]);
    }));

    test('added edges leave the other edges of their documents alone', check(async (store) => {
      await store.putDocuments(['a', 'b', 'c'].map((id) => ({ document: doc(id, id), keys: keys([], []) })));
      await store.putEdges([{ id: 'a', edges: [edge('a', 'b', 0.9)] }]);
      await store.addEdges([edge('c', 'a', 0.6), edge('b', 'c', 0.4)]);
      // A later edge of a pair, in either direction, replaces the earlier one.
      await store.addEdges([edge('b', 'a', 0.8, { relation: 'copy' })]);
      assert.deepEqual(await store.edgesOf('a'), [edge('b', 'a', 0.8, { relation: 'copy' }), edge('c', 'a', 0.6)]);
      assert.deepEqual(await store.allEdges(), [edge('b', 'a', 0.8, { relation: 'copy' }), edge('b', 'c', 0.4), edge('c', 'a', 0.6)]);
      await store.addEdges([]);
      assert.equal((await store.allEdges()).length, 3);
    }));

    test('edgesBetween lists the edges joining one of the near ids to one of the others, either way round, once each', check(async (store) => {
      await store.putDocuments(['a', 'b', 'c', 'd', 'e'].map((id) => ({ document: doc(id, id), keys: keys([], []) })));
      await store.addEdges([edge('a', 'b', 0.9), edge('c', 'a', 0.6), edge('b', 'c', 0.4), edge('d', 'e', 0.7), edge('e', 'a', 0.5)]);
      assert.deepEqual(await store.edgesBetween(['a'], ['b', 'c', 'd', 'missing']), [edge('a', 'b', 0.9), edge('c', 'a', 0.6)]);
      // Both ends near: still one edge; an edge of two other candidates (b-c) only when one of them is near.
      assert.deepEqual(await store.edgesBetween(['a', 'b'], ['a', 'b', 'c']), [edge('a', 'b', 0.9), edge('b', 'c', 0.4), edge('c', 'a', 0.6)]);
      assert.deepEqual(await store.edgesBetween(['d'], ['a', 'b', 'c']), []);
      assert.deepEqual(await store.edgesBetween([], ['a', 'b']), []);
      assert.deepEqual(await store.edgesBetween(['a'], []), []);
    }));

    test('search finds words in titles and texts and ignores query syntax', check(async (store) => {
      await store.putDocuments([
        { document: doc('quake', 'A strong earthquake struck the coast on Monday.', { title: 'Quake hits coast' }), keys: keys([], []) },
        { document: doc('rehab', 'The actress checked into rehab, her spokesman said.', { title: 'Actress in rehab' }), keys: keys([], []) },
      ]);
      const hits = await store.search('earthquake coast', 10);
      assert.deepEqual(hits.map((h) => h.id), ['quake']);
      assert.ok(hits[0]!.snippet.length > 0);
      assert.equal(hits[0]!.title, 'Quake hits coast');
      assert.ok(Number.isFinite(hits[0]!.score));
      assert.deepEqual((await store.search('Quake', 10)).map((h) => h.id), ['quake']);
      assert.deepEqual((await store.search('rehab', 10)).map((h) => h.id), ['rehab']);
      for (const odd of ['"unbalanced', 'a AND (b', 'coast*', 'NEAR(x y)', '-', '', '  ', "spokesman's"]) {
        await assert.doesNotReject(store.search(odd, 5), odd);
      }
      assert.deepEqual(await store.search('', 5), []);
      assert.deepEqual((await store.search('rehab -coast', 10)).map((h) => h.id), []);
      // Updated texts are searched as they are now.
      await store.putDocuments([{ document: doc('quake', 'Flooding closed the roads.', { title: 'Floods' }), keys: keys([], []) }]);
      assert.deepEqual(await store.search('earthquake', 10), []);
      assert.deepEqual((await store.search('flooding', 10)).map((h) => h.id), ['quake']);
    }));

    runStoryStoreTests(check, (store) => target.reopen(store, FINGERPRINT_SCHEME));

    test('migrate twice keeps the data, and a reopened index keeps everything', async () => {
      const store = await withStore(async (s) => {
        await s.putDocuments([{ document: doc('a', 'Alpha'), keys: keys([1], [2]) }, { document: doc('b', 'Beta'), keys: keys([1], []) }]);
        await s.putEdges([{ id: 'a', edges: [edge('a', 'b', 0.5)] }]);
        await s.stories.putStories({ stories: [{ record: story('a', 1), keys: ['Alpha'] }], members: [{ story: 'a', member: member('a') }], documentFrequencies: { Alpha: 1 }, documents: 1 });
        await s.migrate();
        assert.equal(await s.countDocuments(), 2);
      });
      const again = await target.reopen(store, FINGERPRINT_SCHEME);
      try {
        await again.migrate();
        assert.equal((await again.getDocument('a'))?.text, 'Alpha');
        assert.deepEqual(await again.getKeys('a'), { bands: [1], passages: [2] });
        assert.equal((await again.allEdges()).length, 1);
        assert.deepEqual((await again.stories.listStories({ minSize: 1, limit: 10 })).map((s) => s.members.map((m) => m.id)), [['a']]);
        assert.equal((await again.stories.storyFrequencies(['Alpha'])).df.get('Alpha'), 1);
      } finally {
        await again.close();
      }
    });

    test('an index built with another fingerprint scheme is refused', async () => {
      const store = await withStore(async (s) => {
        await s.putDocuments([{ document: doc('a', 'Alpha'), keys: keys([1], [2]) }]);
      });
      let other: Store | undefined;
      await assert.rejects(async () => {
        other = await target.reopen(store, `${FINGERPRINT_SCHEME}-other`);
        await other.migrate();
      }, hasCode('index_version_mismatch'));
      await other?.close();
    });
  });
}
