/**
 * @module store/sqlite/stories
 * The StoryStore part of the SQLite index (tables in schema.ts). A running counter in `meta`
 * orders story changes, so the newest stories under a key are read first and the read stays bounded.
 */
import type Database from 'better-sqlite3';
import type { StoryMember, StoryRecord, StorySummary, StoryUpdate } from '../../core/stories.js';
import { rankByKeys, STORY_POSTINGS_PER_KEY, StoryCache, storedParts, storedStory, type StoryFrequencies, type StoryStore, type StoryWithMembers } from '../story-store.js';

type Sql = <P extends unknown[] | {} = unknown[], R = unknown>(text: string) => Database.Statement<P, R>;

const json = (values: readonly string[]) => JSON.stringify([...new Set(values)]);

export class SqliteStories implements StoryStore {
  constructor(private readonly db: Database.Database, private readonly sql: Sql) {}

  private readonly cache = new StoryCache();

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

  async storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies> {
    const rows = this.sql<[string], { key: string; df: number }>('SELECT key, df FROM story_df WHERE key IN (SELECT value FROM json_each(?))').all(json(keys));
    return { documents: this.counter('story_documents'), df: new Map(rows.map((r) => [r.key, r.df])) };
  }

  async findStoryIds(queries: readonly (readonly string[])[], limit: number): Promise<string[][]> {
    // One bounded probe per distinct key (SQLite has no LATERAL join to bound each key inside one query).
    const probe = this.sql<[string, number], string>('SELECT story FROM story_keys WHERE key = ? ORDER BY recency DESC LIMIT ?').pluck();
    const postings = new Map<string, string[]>();
    for (const key of new Set(queries.flat())) postings.set(key, probe.all(key, STORY_POSTINGS_PER_KEY));
    return queries.map((keys) => rankByKeys(postings, keys, limit));
  }

  async getStories(ids: readonly string[]): Promise<StoryRecord[]> {
    const versions = this.sql<[string], { id: string; recency: number }>('SELECT id, recency FROM stories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(json(ids));
    const found = this.cache.found(versions);
    const rows = this.sql<[string], { recency: number; summary: string; model: string }>(
      'SELECT s.recency AS recency, s.summary AS summary, m.model AS model FROM stories s JOIN story_models m ON m.id = s.id WHERE s.id IN (SELECT value FROM json_each(?))',
    ).all(json(versions.filter((v) => !found.has(v.id)).map((v) => v.id)));
    for (const r of rows) found.set(...this.cache.set(storedStory(JSON.parse(r.summary), JSON.parse(r.model)), r.recency));
    return versions.map((v) => found.get(v.id)!);
  }

  async storiesOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    const rows = this.sql<[string], { doc: string; story: string }>('SELECT doc, story FROM story_of WHERE doc IN (SELECT value FROM json_each(?))').all(json(documentIds));
    return new Map(rows.map((r) => [r.doc, r.story]));
  }

  async putStories(update: StoryUpdate): Promise<void> {
    const old = this.sql<[string], { recency: number; keys: string }>('SELECT recency, keys FROM stories WHERE id = ?');
    const dropKey = this.sql('DELETE FROM story_keys WHERE key = ? AND recency = ? AND story = ?');
    const addKey = this.sql('INSERT OR IGNORE INTO story_keys (key, recency, story) VALUES (?, ?, ?)');
    const putStory = this.sql('INSERT OR REPLACE INTO stories (id, size, recency, keys, summary) VALUES (?, ?, ?, ?, ?)');
    const putModel = this.sql('INSERT OR REPLACE INTO story_models (id, model) VALUES (?, ?)');
    const oldMember = this.sql<[string], { story: string; joined: number }>('SELECT story, joined FROM story_of WHERE doc = ?');
    const dropMember = this.sql('DELETE FROM story_members WHERE story = ? AND joined = ?');
    const putMember = this.sql('INSERT INTO story_members (story, joined, member) VALUES (?, ?, ?)');
    const putOf = this.sql('INSERT OR REPLACE INTO story_of (doc, story, joined) VALUES (?, ?, ?)');
    const addDf = this.sql('INSERT INTO story_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df');
    const setCounter = this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    const written: [StoryRecord, number][] = [];
    this.db.transaction(() => {
      let clock = this.counter('story_clock');
      for (const { record, keys } of update.stories) {
        const before = old.get(record.id);
        if (before) for (const key of JSON.parse(before.keys) as string[]) dropKey.run(key, before.recency, record.id);
        clock++;
        for (const key of new Set(keys)) addKey.run(key, clock, record.id);
        const { summary, model } = storedParts(record);
        putStory.run(record.id, record.size, clock, json(keys), summary);
        putModel.run(record.id, model);
        written.push([record, clock]);
      }
      let joined = this.counter('story_joined');
      for (const { story, member } of update.members) {
        const before = oldMember.get(member.id);
        if (before) dropMember.run(before.story, before.joined);
        putMember.run(story, ++joined, JSON.stringify(member));
        putOf.run(member.id, story, joined);
      }
      for (const [key, df] of Object.entries(update.documentFrequencies)) addDf.run(key, df);
      setCounter.run('story_clock', String(clock));
      setCounter.run('story_joined', String(joined));
      setCounter.run('story_documents', String(this.counter('story_documents') + update.documents));
    }).immediate();
    for (const [record, recency] of written) this.cache.set(record, recency);
  }

  async listStories(options: { minSize: number; limit: number }): Promise<StoryWithMembers[]> {
    const stories = this.sql<[number, number], { id: string; summary: string }>('SELECT id, summary FROM stories WHERE size >= ? ORDER BY size DESC, id LIMIT ?').all(options.minSize, options.limit);
    const members = this.sql<[string], { story: string; member: string }>(
      'SELECT story, member FROM story_members WHERE story IN (SELECT value FROM json_each(?)) ORDER BY story, joined',
    ).all(JSON.stringify(stories.map((s) => s.id)));
    const byStory = new Map<string, StoryMember[]>();
    for (const m of members) (byStory.get(m.story) ?? byStory.set(m.story, []).get(m.story)!).push(JSON.parse(m.member) as StoryMember);
    return stories.map((s) => ({ story: JSON.parse(s.summary) as StorySummary, members: byStory.get(s.id) ?? [] }));
  }
}
