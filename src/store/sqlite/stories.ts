/**
 * @module store/sqlite/stories
 * The StoryStore part of the SQLite index (tables in schema.ts). A running counter in `meta`
 * orders story changes, so the newest stories under a key are read first and the read stays bounded.
 */
import type Database from 'better-sqlite3';
import type { StoryMember, StoryRecord, StoryUpdate } from '../../core/stories.js';
import { STORY_POSTINGS_PER_KEY, type StoryFrequencies, type StoryStore, type StoryWithMembers } from '../story-store.js';

type Sql = <P extends unknown[] | {} = unknown[], R = unknown>(text: string) => Database.Statement<P, R>;

const json = (values: readonly string[]) => JSON.stringify([...new Set(values)]);

export class SqliteStories implements StoryStore {
  constructor(private readonly db: Database.Database, private readonly sql: Sql) {}

  private counter(key: string): number {
    return Number(this.sql<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value ?? 0);
  }

  async storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies> {
    const rows = this.sql<[string], { key: string; df: number }>('SELECT key, df FROM story_df WHERE key IN (SELECT value FROM json_each(?))').all(json(keys));
    return { documents: this.counter('story_documents'), df: new Map(rows.map((r) => [r.key, r.df])) };
  }

  async findStories(keys: readonly string[], limit: number): Promise<StoryRecord[]> {
    // One bounded probe per key (SQLite has no LATERAL join to bound each key inside one query).
    const probe = this.sql<[string, number], { story: string }>('SELECT story FROM story_keys WHERE key = ? ORDER BY recency DESC LIMIT ?');
    const hits = new Map<string, number>();
    for (const key of new Set(keys)) for (const { story } of probe.all(key, STORY_POSTINGS_PER_KEY)) hits.set(story, (hits.get(story) ?? 0) + 1);
    const best = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
    const byId = new Map((await this.getStories(best)).map((s) => [s.id, s]));
    return best.map((id) => byId.get(id)!);
  }

  async getStories(ids: readonly string[]): Promise<StoryRecord[]> {
    const rows = this.sql<[string], { record: string }>('SELECT record FROM stories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(json(ids));
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  async storiesOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    const rows = this.sql<[string], { doc: string; story: string }>('SELECT doc, story FROM story_members WHERE doc IN (SELECT value FROM json_each(?))').all(json(documentIds));
    return new Map(rows.map((r) => [r.doc, r.story]));
  }

  async putStories(update: StoryUpdate): Promise<void> {
    const old = this.sql<[string], { recency: number; keys: string }>('SELECT recency, keys FROM stories WHERE id = ?');
    const dropKey = this.sql('DELETE FROM story_keys WHERE key = ? AND recency = ? AND story = ?');
    const addKey = this.sql('INSERT OR IGNORE INTO story_keys (key, recency, story) VALUES (?, ?, ?)');
    const putStory = this.sql('INSERT OR REPLACE INTO stories (id, size, recency, keys, record) VALUES (?, ?, ?, ?, ?)');
    const putMember = this.sql('INSERT OR REPLACE INTO story_members (doc, story, joined, member) VALUES (?, ?, ?, ?)');
    const addDf = this.sql('INSERT INTO story_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df');
    const setCounter = this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.db.transaction(() => {
      let clock = this.counter('story_clock');
      for (const { record, keys } of update.stories) {
        const before = old.get(record.id);
        if (before) for (const key of JSON.parse(before.keys) as string[]) dropKey.run(key, before.recency, record.id);
        clock++;
        for (const key of new Set(keys)) addKey.run(key, clock, record.id);
        putStory.run(record.id, record.size, clock, json(keys), JSON.stringify(record));
      }
      let joined = this.counter('story_joined');
      for (const { story, member } of update.members) putMember.run(member.id, story, ++joined, JSON.stringify(member));
      for (const [key, df] of Object.entries(update.documentFrequencies)) addDf.run(key, df);
      setCounter.run('story_clock', String(clock));
      setCounter.run('story_joined', String(joined));
      setCounter.run('story_documents', String(this.counter('story_documents') + update.documents));
    }).immediate();
  }

  async listStories(options: { minSize: number }): Promise<StoryWithMembers[]> {
    const stories = this.sql<[number], { id: string; record: string }>('SELECT id, record FROM stories WHERE size >= ? ORDER BY size DESC, id').all(options.minSize);
    const members = this.sql<[number], { story: string; member: string }>(
      'SELECT m.story AS story, m.member AS member FROM story_members m JOIN stories s ON s.id = m.story WHERE s.size >= ? ORDER BY m.story, m.joined',
    ).all(options.minSize);
    const byStory = new Map<string, StoryMember[]>();
    for (const m of members) (byStory.get(m.story) ?? byStory.set(m.story, []).get(m.story)!).push(JSON.parse(m.member) as StoryMember);
    return stories.map((s) => ({ story: JSON.parse(s.record) as StoryRecord, members: byStory.get(s.id) ?? [] }));
  }
}
