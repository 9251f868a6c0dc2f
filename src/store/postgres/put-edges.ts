/**
 * @module store/postgres/put-edges
 * Replaces the edges touching one document, or adds edges. An edge is stored at both of its ends
 * (rows keyed by `doc_id, other_id`), so reads by document stay local to that document's shard;
 * writing keeps the two copies together in one transaction.
 */
import type pg from 'pg';
import type { Edge } from '../store.js';

/** Runs inside a transaction the caller opened. */
export async function putEdgeRows(client: pg.ClientBase, id: string, edges: readonly Edge[]): Promise<void> {
  const others = await client.query<{ other_id: string }>('DELETE FROM edges WHERE doc_id = $1 RETURNING other_id', [id]);
  if (others.rows.length > 0) {
    await client.query('DELETE FROM edges WHERE doc_id = ANY($1::text[]) AND other_id = $2', [others.rows.map((r) => r.other_id), id]);
  }
  await upsertEdgeRows(client, edges);
}

/** Writes both ends of each edge over any earlier edge of its pair. */
export async function upsertEdgeRows(client: pg.ClientBase, edges: readonly Edge[]): Promise<void> {
  // One edge per unordered pair, the last one given winning; each appears once per end.
  const byPair = new Map<string, Edge>();
  for (const e of edges) byPair.set(JSON.stringify([e.from, e.to].sort()), e);
  const rows = [...byPair.values()].flatMap((e) => (e.from === e.to ? [[e.from, e.to, e]] : [[e.from, e.to, e], [e.to, e.from, e]]) as [string, string, Edge][]);
  if (rows.length === 0) return;
  const column = <T>(pick: (row: [string, string, Edge]) => T) => rows.map(pick);
  await client.query(`INSERT INTO edges (doc_id, other_id, src, dst, relation, score, source_coverage, derivative_coverage, directed, evidence)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::float8[], $9::bool[], $10::text[])
    ON CONFLICT (doc_id, other_id) DO UPDATE SET src = EXCLUDED.src, dst = EXCLUDED.dst, relation = EXCLUDED.relation,
      score = EXCLUDED.score, source_coverage = EXCLUDED.source_coverage, derivative_coverage = EXCLUDED.derivative_coverage,
      directed = EXCLUDED.directed, evidence = EXCLUDED.evidence`, [
    column((r) => r[0]), column((r) => r[1]), column((r) => r[2].from), column((r) => r[2].to), column((r) => r[2].relation),
    column((r) => r[2].score), column((r) => r[2].sourceCoverage), column((r) => r[2].derivativeCoverage), column((r) => r[2].directed),
    column((r) => r[2].evidence),
  ]);
}
