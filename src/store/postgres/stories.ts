/**
 * @module store/postgres/stories
 * The StoryStore part of the PostgreSQL index (tables in migration 2). Each story key is read
 * through a LATERAL probe bounded to its newest postings; a sequence orders story changes and
 * member joins, so concurrent writers never take the same number.
 */
import type pg from 'pg';
import type { StoryMember, StoryRecord, StorySummary, StoryUpdate } from '../../core/stories.js';
import { rankByKeys, STORY_POSTINGS_PER_KEY, StoryCache, storedParts, storedStory, type StoredModel, type StoredStoryRecord, type StoryFrequencies, type StoryStore, type StoryWithMembers } from '../story-store.js';

type Rows = <R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[]) => Promise<R[]>;
type Transaction = <T>(what: string, body: (client: pg.PoolClient) => Promise<T>) => Promise<T>;
type Session = <T>(what: string, body: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Any constant shared by every newstrace process: it names the story lock. */
const STORY_LOCK = 7_347_275_002;

const distinct = (values: readonly string[]) => [...new Set(values)];

export class PostgresStories implements StoryStore {
  constructor(private readonly rows: Rows, private readonly transaction: Transaction, private readonly session: Session) {}

  private readonly cache = new StoryCache();

  /** A session-level advisory lock held on one pooled connection while `body` uses the others. */
  exclusive<T>(body: () => Promise<T>): Promise<T> {
    return this.session('locking stories', async (client) => {
      await client.query('SELECT pg_advisory_lock($1)', [STORY_LOCK]);
      try {
        return await body();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [STORY_LOCK]);
      }
    });
  }

  async storyFrequencies(keys: readonly string[]): Promise<StoryFrequencies> {
    const rows = keys.length === 0 ? [] : await this.rows<{ key: string; df: string }>('reading story frequencies', 'SELECT key, df FROM story_df WHERE key = ANY($1::text[])', [distinct(keys)]);
    return { documents: await this.documentsCounted(), df: new Map(rows.map((r) => [r.key, Number(r.df)])) };
  }

  private async documentsCounted(): Promise<number> {
    const [count] = await this.rows<{ value: string }>('reading story frequencies', `SELECT value FROM meta WHERE key = 'story_documents'`, []);
    return Number(count?.value ?? 0);
  }

  async findStoryIds(queries: readonly (readonly string[])[], limit: number): Promise<string[][]> {
    const keys = distinct(queries.flat());
    const rows = keys.length === 0 ? [] : await this.rows<{ key: string; stories: string[] }>('finding stories', `
      SELECT k.key, p.stories FROM unnest($1::text[]) AS k(key)
      CROSS JOIN LATERAL (SELECT array_agg(story_id) AS stories FROM (SELECT story_id FROM story_keys WHERE key = k.key ORDER BY recency DESC LIMIT $2) AS newest) AS p`,
    [keys, STORY_POSTINGS_PER_KEY]);
    const postings = new Map(rows.map((r) => [r.key, r.stories ?? []]));
    return queries.map((q) => rankByKeys(postings, q, limit));
  }

  async getStories(ids: readonly string[]): Promise<StoryRecord[]> {
    if (ids.length === 0) return [];
    const versions = (await this.rows<{ id: string; recency: string }>('reading stories', 'SELECT id, recency FROM stories WHERE id = ANY($1::text[]) ORDER BY id', [distinct(ids)]))
      .map((r) => ({ id: r.id, recency: Number(r.recency) }));
    const found = this.cache.found(versions);
    const missing = versions.filter((v) => !found.has(v.id)).map((v) => v.id);
    const rows = missing.length === 0 ? [] : await this.rows<{ recency: string; summary: StorySummary; model: StoredModel }>('reading stories',
      'SELECT s.recency, s.summary, m.model FROM stories s JOIN story_models m ON m.id = s.id WHERE s.id = ANY($1::text[])', [missing]);
    for (const r of rows) found.set(...this.cache.set(storedStory(r.summary, r.model), Number(r.recency)));
    return versions.map((v) => found.get(v.id)!);
  }

  async storiesOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const rows = await this.rows<{ doc_id: string; story_id: string }>('reading story members', 'SELECT doc_id, story_id FROM story_of WHERE doc_id = ANY($1::text[])', [distinct(documentIds)]);
    return new Map(rows.map((r) => [r.doc_id, r.story_id]));
  }

  async putStories(update: StoryUpdate): Promise<void> {
    const written: [StoryRecord, number][] = [];
    await this.transaction('storing stories', async (client) => {
      // Merges first, in the batch's order: a story merged away may be written again under its id
      // later in the batch (a split names its part after its first member).
      for (const { from, into } of update.merged ?? []) {
        const old = await client.query<{ recency: string; keys: string[] }>('SELECT recency, keys FROM stories WHERE id = $1', [from]);
        // A story founded in this batch and merged on in it was never stored, but members may have moved into it.
        const before = old.rows[0];
        if (before) await client.query('DELETE FROM story_keys WHERE key = ANY($1::text[]) AND recency = $2 AND story_id = $3', [before.keys, before.recency, from]);
        // Rows move by insert and delete, never by changing a shard key (story_members is by story id).
        const moved = await client.query<{ doc: string }>(`WITH gone AS (DELETE FROM story_members WHERE story_id = $1 RETURNING joined, member),
            placed AS (INSERT INTO story_members (story_id, joined, member) SELECT $2, joined, member FROM gone RETURNING member)
          SELECT member->>'id' AS doc FROM placed`, [from, into]);
        await client.query('UPDATE story_of SET story_id = $1 WHERE doc_id = ANY($2::text[])', [into, moved.rows.map((r) => r.doc)]);
        await client.query('DELETE FROM stories WHERE id = $1', [from]);
        await client.query('DELETE FROM story_models WHERE id = $1', [from]);
      }
      for (const { record, keys } of update.stories) {
        const old = await client.query<{ recency: string; keys: string[] }>('SELECT recency, keys FROM stories WHERE id = $1', [record.id]);
        const before = old.rows[0];
        if (before) await client.query('DELETE FROM story_keys WHERE key = ANY($1::text[]) AND recency = $2 AND story_id = $3', [before.keys, before.recency, record.id]);
        const { summary, model } = storedParts(record);
        const { rows } = await client.query<{ recency: string }>(`INSERT INTO stories (id, size, recency, keys, summary) VALUES ($1, $2, nextval('story_clock'), $3, $4)
          ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size, recency = EXCLUDED.recency, keys = EXCLUDED.keys, summary = EXCLUDED.summary
          RETURNING recency`, [record.id, record.size, distinct(keys), summary]);
        await client.query('INSERT INTO story_models (id, model) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET model = EXCLUDED.model', [record.id, model]);
        await client.query('INSERT INTO story_keys (key, recency, story_id) SELECT unnest($1::text[]), $2, $3 ON CONFLICT DO NOTHING', [distinct(keys), rows[0]!.recency, record.id]);
        written.push([record, Number(rows[0]!.recency)]);
      }
      if (update.members.length > 0) {
        const ids = update.members.map((m) => m.member.id);
        await client.query(`DELETE FROM story_members m USING story_of o WHERE o.doc_id = ANY($1::text[]) AND m.story_id = o.story_id AND m.joined = o.joined`, [ids]);
        await client.query(`WITH placed AS (
            SELECT doc, story, nextval('story_clock') AS joined, member FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS m(doc, story, member, i) ORDER BY i
          ), members AS (INSERT INTO story_members (story_id, joined, member) SELECT story, joined, member FROM placed)
          INSERT INTO story_of (doc_id, story_id, joined) SELECT doc, story, joined FROM placed
          ON CONFLICT (doc_id) DO UPDATE SET story_id = EXCLUDED.story_id, joined = EXCLUDED.joined`, [
          ids, update.members.map((m) => m.story), update.members.map((m) => JSON.stringify(m.member)),
        ]);
      }
      const df = Object.entries(update.documentFrequencies);
      if (df.length > 0) {
        await client.query(`INSERT INTO story_df (key, df) SELECT * FROM unnest($1::text[], $2::bigint[])
          ON CONFLICT (key) DO UPDATE SET df = story_df.df + EXCLUDED.df`, [df.map(([k]) => k), df.map(([, n]) => n)]);
      }
      await client.query(`UPDATE meta SET value = (value::bigint + $1)::text WHERE key = 'story_documents'`, [update.documents]);
    });
    for (const [record, recency] of written) this.cache.set(record, recency);
  }

  async listStories(options: { minSize: number; limit: number }): Promise<StoryWithMembers[]> {
    const stories = await this.rows<{ id: string; summary: StorySummary }>('listing stories',
      'SELECT id, summary FROM stories WHERE size >= $1 ORDER BY size DESC, id LIMIT $2', [options.minSize, options.limit]);
    const members = await this.membersOf(stories.map((s) => s.id));
    return stories.map((s) => ({ story: s.summary, members: members.get(s.id) ?? [] }));
  }

  async storyRecords(options: { after?: string; limit: number }): Promise<StoredStoryRecord[]> {
    const rows = await this.rows<{ id: string; keys: string[]; summary: StorySummary; model: StoredModel }>('reading stories',
      'SELECT s.id, s.keys, s.summary, m.model FROM stories s JOIN story_models m ON m.id = s.id WHERE s.id > $1 ORDER BY s.id LIMIT $2', [options.after ?? '', options.limit]);
    const members = await this.membersOf(rows.map((r) => r.id));
    return rows.map((r) => ({ record: storedStory(r.summary, r.model), keys: r.keys, members: members.get(r.id) ?? [] }));
  }

  async allStoryFrequencies(): Promise<StoryFrequencies> {
    const rows = await this.rows<{ key: string; df: string }>('reading story frequencies', 'SELECT key, df FROM story_df', []);
    return { documents: await this.documentsCounted(), df: new Map(rows.map((r) => [r.key, Number(r.df)])) };
  }

  /** The members of each of `stories`, in join order. */
  private async membersOf(stories: readonly string[]): Promise<Map<string, StoryMember[]>> {
    const rows = await this.rows<{ story_id: string; member: StoryMember }>('listing story members',
      'SELECT story_id, member FROM story_members WHERE story_id = ANY($1::text[]) ORDER BY story_id, joined', [stories]);
    const byStory = new Map<string, StoryMember[]>();
    for (const m of rows) (byStory.get(m.story_id) ?? byStory.set(m.story_id, []).get(m.story_id)!).push(m.member);
    return byStory;
  }
}
