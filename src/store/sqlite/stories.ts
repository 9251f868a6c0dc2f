/**
 * @module store/sqlite/stories
 * The StoryStore part of the SQLite index (tables in schema.ts). A running counter in `meta`
 * orders story changes, so the newest stories under a key are read first and the read stays bounded.
 */
import type Database from 'better-sqlite3';
import type { StoryMember, StoryRecord, StorySummary, StoryUpdate } from '../../core/stories.js';
import { StoryPostings, type PostingsChange } from './story-postings.js';
import { rankByKeys, STORY_POSTINGS_PER_KEY, StoryCache, storedStory, storyParts, type StoredStoryRecord, type StoryFrequencies, type StoryStore, type StoryWithMembers } from '../story-store.js';
import { decodeModel, encodeModel } from './story-model.js';
import { KnownFrequencies } from './known-frequencies.js';

type Sql = <P extends unknown[] | {} = unknown[], R = unknown>(text: string) => Database.Statement<P, R>;

const json = (values: readonly string[]) => JSON.stringify([...new Set(values)]);

/** A story as its two stored parts (summary JSON; model JSON and weights blob) read it. */
const storedRecord = (row: { summary: string; model: string; weights: Uint8Array }) => storedStory(JSON.parse(row.summary), decodeModel(row.model, row.weights));

export class SqliteStories implements StoryStore {
  /** `write` runs a write transaction as the store does (its write lock, its disk-full error). */
  constructor(private readonly db: Database.Database, private readonly sql: Sql, private readonly write: <T>(transaction: () => T) => T) {}

  private readonly cache = new StoryCache();
  private readonly postings = new StoryPostings(STORY_POSTINGS_PER_KEY);

  /** One process writes a SQLite index at a time (ingest holds it); a queue in-process is enough. */
  private queue: Promise<unknown> = Promise.resolve();

  exclusive<T>(body: () => Promise<T>): Promise<T> {
    const run = this.queue.then(body, body);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private counter(key: string): number {
    return Number(this.sql<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value ?? 0);
  }

  /** The story frequencies this connection has read or written (see known-frequencies). */
  private readonly known = new KnownFrequencies();

  async storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies> {
    const documents = this.counter('story_documents');
    const read = (missing: readonly string[]) => this.sql<[string], { key: string; df: number }>('SELECT key, df FROM story_df WHERE key IN (SELECT value FROM json_each(?))').all(json(missing));
    return { documents, df: this.known.get(documents, keys, read) };
  }

  async findStoryIds(queries: readonly (readonly string[])[], limit: number): Promise<string[][]> {
    // One bounded probe per distinct key not kept from earlier batches (SQLite has no LATERAL join to
    // bound each key inside one query).
    const probe = this.sql<[string, number], string>('SELECT story FROM story_keys WHERE key = ? ORDER BY recency DESC LIMIT ?').pluck();
    const postings = this.postings.postings(new Set(queries.flat()), this.counter('story_clock'), (key) => probe.all(key, STORY_POSTINGS_PER_KEY));
    return queries.map((keys) => rankByKeys(postings, keys, limit));
  }

  async getStories(ids: readonly string[]): Promise<StoryRecord[]> {
    const versions = this.sql<[string], { id: string; recency: number }>('SELECT id, recency FROM stories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(json(ids));
    const found = this.cache.found(versions);
    const rows = this.sql<[string], { recency: number; summary: string; model: string; weights: Buffer }>(
      'SELECT s.recency AS recency, s.summary AS summary, m.model AS model, m.weights AS weights FROM stories s JOIN story_models m ON m.id = s.id WHERE s.id IN (SELECT value FROM json_each(?))',
    ).all(json(versions.filter((v) => !found.has(v.id)).map((v) => v.id)));
    for (const r of rows) found.set(...this.cache.set(storedRecord(r), r.recency));
    return versions.map((v) => found.get(v.id)!);
  }

  async storiesOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    const rows = this.sql<[string], { doc: string; story: string }>('SELECT doc, story FROM story_of WHERE doc IN (SELECT value FROM json_each(?))').all(json(documentIds));
    return new Map(rows.map((r) => [r.doc, r.story]));
  }

  async putStories(update: StoryUpdate): Promise<void> {
    // Per story a few statements however many keys it has; frequencies in one statement per batch.
    const old = this.sql<[string], { id: string; recency: number; keys: string }>('SELECT id, recency, keys FROM stories WHERE id IN (SELECT value FROM json_each(?))');
    const dropKeys = this.sql('DELETE FROM story_keys WHERE key IN (SELECT value FROM json_each(?)) AND recency = ? AND story = ?');
    const addKeys = this.sql('INSERT OR IGNORE INTO story_keys (key, recency, story) SELECT value, ?, ? FROM json_each(?)');
    const putStory = this.sql('INSERT OR REPLACE INTO stories (id, size, recency, keys, summary) VALUES (?, ?, ?, ?, ?)');
    const putModel = this.sql('INSERT OR REPLACE INTO story_models (id, model, weights) VALUES (?, ?, ?)');
    const oldMembers = this.sql<[string], { doc: string; story: string; joined: number }>('SELECT doc, story, joined FROM story_of WHERE doc IN (SELECT value FROM json_each(?))');
    const dropMember = this.sql('DELETE FROM story_members WHERE story = ? AND joined = ?');
    const putMember = this.sql('INSERT INTO story_members (story, joined, member) VALUES (?, ?, ?)');
    const putOf = this.sql('INSERT OR REPLACE INTO story_of (doc, story, joined) VALUES (?, ?, ?)');
    // WHERE true: an upsert from a SELECT needs it to tell ON CONFLICT from a join's ON.
    const addDf = this.sql('INSERT INTO story_df (key, df) SELECT key, value FROM json_each(?) WHERE true ON CONFLICT (key) DO UPDATE SET df = df + excluded.df');
    const setCounter = this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    // A merge moves member rows (listing is by story) and story_of, found through the rows, not a scan.
    const memberDocs = this.sql<[string], string>("SELECT json_extract(member, '$.id') FROM story_members WHERE story = ?").pluck();
    const moveOf = this.sql('UPDATE story_of SET story = ? WHERE doc IN (SELECT value FROM json_each(?))');
    const moveMembers = this.sql('UPDATE story_members SET story = ? WHERE story = ?');
    const dropStory = this.sql('DELETE FROM stories WHERE id = ?');
    const dropModel = this.sql('DELETE FROM story_models WHERE id = ?');
    const written: [StoryRecord, number][] = [];
    const changes: PostingsChange[] = [];
    const clocks = { from: 0, to: 0 };
    const covered = { before: 0, after: 0 };
    // Encoded before the transaction: the indexing thread's writes wait while it is held.
    const rows = update.stories.map(({ record, keys }) => {
      const { summary, model } = storyParts(record);
      return { record, keys, distinct: json(keys), summary: JSON.stringify(summary), model: encodeModel(model) };
    });
    const members = update.members.map(({ story, member }) => ({ story, member, encoded: JSON.stringify(member) }));
    const frequencies = JSON.stringify(update.documentFrequencies);
    this.write(() => this.db.transaction(() => {
      let clock = (clocks.from = this.counter('story_clock'));
      // Merges first, in the batch's order: a story merged away may be written again under its id
      // later in the batch (a split names its part after its first member).
      for (const { from, into } of update.merged ?? []) {
        // A story founded in this batch and merged on in it was never stored, but members may have moved into it.
        const stored = old.get(json([from]));
        if (stored) {
          dropKeys.run(stored.keys, stored.recency, from);
          changes.push({ story: from, before: JSON.parse(stored.keys) as string[], after: [] });
          clock++;
        }
        moveOf.run(into, JSON.stringify(memberDocs.all(from)));
        moveMembers.run(into, from);
        dropStory.run(from);
        dropModel.run(from);
      }
      const before = new Map(old.all(json(update.stories.map((s) => s.record.id))).map((r) => [r.id, r]));
      for (const { record, keys, distinct, summary, model } of rows) {
        const stored = before.get(record.id);
        if (stored) dropKeys.run(stored.keys, stored.recency, record.id);
        changes.push({ story: record.id, before: stored ? (JSON.parse(stored.keys) as string[]) : [], after: keys });
        clock++;
        addKeys.run(clock, record.id, distinct);
        putStory.run(record.id, record.size, clock, distinct, summary);
        putModel.run(record.id, model.model, model.weights);
        written.push([record, clock]);
      }
      let joined = this.counter('story_joined');
      const placed = new Map(oldMembers.all(json(update.members.map((m) => m.member.id))).map((r) => [r.doc, r]));
      for (const { story, member, encoded } of members) {
        const stored = placed.get(member.id);
        if (stored) dropMember.run(stored.story, stored.joined);
        putMember.run(story, ++joined, encoded);
        putOf.run(member.id, story, joined);
      }
      addDf.run(frequencies);
      setCounter.run('story_clock', String((clocks.to = clock)));
      setCounter.run('story_joined', String(joined));
      covered.before = this.counter('story_documents');
      covered.after = covered.before + update.documents;
      setCounter.run('story_documents', String(covered.after));
    }).immediate());
    this.known.written(covered.before, covered.after, update.documentFrequencies);
    this.postings.written(clocks.from, changes, clocks.to);
    for (const [record, recency] of written) this.cache.set(record, recency);
  }

  async listStories(options: { minSize: number; limit: number }): Promise<StoryWithMembers[]> {
    const stories = this.sql<[number, number], { id: string; summary: string }>('SELECT id, summary FROM stories WHERE size >= ? ORDER BY size DESC, id LIMIT ?').all(options.minSize, options.limit);
    const members = this.membersOf(stories.map((s) => s.id));
    return stories.map((s) => ({ story: JSON.parse(s.summary) as StorySummary, members: members.get(s.id) ?? [] }));
  }

  async storyRecords(options: { after?: string; limit: number }): Promise<StoredStoryRecord[]> {
    const rows = this.sql<[string, number], { id: string; keys: string; summary: string; model: string; weights: Buffer }>(
      'SELECT s.id AS id, s.keys AS keys, s.summary AS summary, m.model AS model, m.weights AS weights FROM stories s JOIN story_models m ON m.id = s.id WHERE s.id > ? ORDER BY s.id LIMIT ?',
    ).all(options.after ?? '', options.limit);
    const members = this.membersOf(rows.map((r) => r.id));
    return rows.map((r) => ({ record: storedRecord(r), keys: JSON.parse(r.keys) as string[], members: members.get(r.id) ?? [] }));
  }

  async allStoryFrequencies(): Promise<StoryFrequencies> {
    const rows = this.sql<[], { key: string; df: number }>('SELECT key, df FROM story_df').all();
    return { documents: this.counter('story_documents'), df: new Map(rows.map((r) => [r.key, r.df])) };
  }

  /** The members of each of `stories`, in join order. */
  private membersOf(stories: readonly string[]): Map<string, StoryMember[]> {
    const rows = this.sql<[string], { story: string; member: string }>(
      'SELECT story, member FROM story_members WHERE story IN (SELECT value FROM json_each(?)) ORDER BY story, joined',
    ).all(JSON.stringify(stories));
    const byStory = new Map<string, StoryMember[]>();
    for (const m of rows) (byStory.get(m.story) ?? byStory.set(m.story, []).get(m.story)!).push(JSON.parse(m.member) as StoryMember);
    return byStory;
  }
}
