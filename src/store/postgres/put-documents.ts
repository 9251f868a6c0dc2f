/**
 * @module store/postgres/put-documents
 * One batch of documents and their postings in one transaction, with a few set-based statements
 * (UNNEST) instead of a round trip per document. Concurrent writers of the same ids (several
 * workers) are serialised by transaction-level advisory locks on the ids, so each document's outcome
 * (inserted / unchanged / updated) is exact and its postings are never left half-replaced.
 */
import type pg from 'pg';
import type { DocumentKeys, DocumentWrite, NewDocument, PutOutcome } from '../store.js';
import { keySet } from '../sqlite/key-blob.js';
import { METADATA, type DocumentRow } from './rows.js';

type Item = { readonly document: NewDocument; readonly keys: DocumentKeys; readonly group: string; readonly analysis: Uint8Array | undefined };

interface Current {
  readonly document: Pick<NewDocument, 'contentHash' | (typeof METADATA)[number]>;
  readonly bands: readonly number[];
  readonly passages: readonly number[];
}

type ExistingRow = Omit<DocumentRow, 'text' | 'ingested_at'> & { bands: number[]; passages: number[] };

const same = (a: Current['document'], b: NewDocument) =>
  a.contentHash === b.contentHash && METADATA.every((field) => a[field] === b[field]);

/** Postings as parallel arrays (key, doc_id) for UNNEST. */
function postings(entries: readonly [string, readonly number[]][]): [number[], string[]] {
  const keys: number[] = [];
  const ids: string[] = [];
  for (const [id, list] of entries) for (const key of list) { keys.push(key); ids.push(id); }
  return [keys, ids];
}

/**
 * Replaces postings and keeps the keys' frequencies. Frequencies are updated in key order, so two
 * writers touching the same keys lock their rows in the same order and cannot deadlock.
 */
async function replacePostings(client: pg.ClientBase, kind: 'band' | 'passage',
  removed: [string, readonly number[]][], added: [string, readonly number[]][]): Promise<void> {
  const [oldKeys, oldIds] = postings(removed);
  if (oldKeys.length > 0) {
    await client.query(`DELETE FROM ${kind}_postings p USING unnest($1::bigint[], $2::text[]) AS o(key, doc_id)
      WHERE p.key = o.key AND p.doc_id = o.doc_id`, [oldKeys, oldIds]);
    await client.query(`UPDATE ${kind}_frequency f SET documents = f.documents - o.n
      FROM (SELECT key, count(*)::int AS n FROM unnest($1::bigint[]) AS key GROUP BY key ORDER BY key) AS o WHERE f.key = o.key`, [oldKeys]);
  }
  const [newKeys, newIds] = postings(added);
  if (newKeys.length > 0) {
    await client.query(`INSERT INTO ${kind}_postings (key, doc_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING`, [newKeys, newIds]);
    await client.query(`INSERT INTO ${kind}_frequency (key, documents)
      SELECT key, count(*)::int FROM unnest($1::bigint[]) AS key GROUP BY key ORDER BY key
      ON CONFLICT (key) DO UPDATE SET documents = ${kind}_frequency.documents + EXCLUDED.documents`, [newKeys]);
  }
}

/** Each written document's analysis as given: kept, or the one stored before it dropped. */
async function writeAnalyses(client: pg.ClientBase, rows: readonly Item[]): Promise<void> {
  const kept = rows.filter((r) => r.analysis);
  const without = rows.filter((r) => !r.analysis).map((r) => r.document.id);
  if (without.length > 0) await client.query('DELETE FROM analyses WHERE doc_id = ANY($1::text[])', [without]);
  if (kept.length === 0) return;
  await client.query(`INSERT INTO analyses (doc_id, analysis) SELECT * FROM unnest($1::text[], $2::bytea[])
    ON CONFLICT (doc_id) DO UPDATE SET analysis = EXCLUDED.analysis`, [kept.map((r) => r.document.id), kept.map((r) => Buffer.from(r.analysis!.buffer, r.analysis!.byteOffset, r.analysis!.byteLength))]);
}

/** Runs inside a transaction the caller opened. */
export async function putDocumentBatch(client: pg.ClientBase, batch: readonly DocumentWrite[]): Promise<PutOutcome[]> {
  const ids = [...new Set(batch.map((item) => item.document.id))].sort();
  await client.query(`SELECT pg_advisory_xact_lock(k) FROM (
    SELECT DISTINCT hashtextextended(id, 0) AS k FROM unnest($1::text[]) AS id ORDER BY k) AS locks`, [ids]);
  const existing = await client.query<ExistingRow>(
    `SELECT id, path, url, outlet, published, title, language, content_hash, bands, passages FROM documents WHERE id = ANY($1::text[])`, [ids]);
  const stored = new Map<string, Current>(existing.rows.map((row) => [row.id, {
    document: { ...row, contentHash: row.content_hash }, bands: row.bands, passages: row.passages,
  }]));
  // Later items of one id see the earlier ones; only the last change of each id is written.
  const current = new Map(stored);
  const writes = new Map<string, Item>();
  const outcomes = batch.map(({ document, keys, group, analysis }): PutOutcome => {
    const before = current.get(document.id);
    if (before && same(before.document, document)) return 'unchanged';
    const item = { document, keys: { bands: keySet(keys.bands), passages: keySet(keys.passages) }, group: group ?? document.id, analysis };
    current.set(document.id, { document, ...item.keys });
    writes.set(document.id, item);
    return before ? 'updated' : 'inserted';
  });
  if (writes.size === 0) return outcomes;
  const rows = [...writes.values()];
  const column = <T>(pick: (d: NewDocument) => T) => rows.map((r) => pick(r.document));
  const literal = (keys: readonly number[]) => `{${keys.join(',')}}`;
  await client.query(`INSERT INTO documents (id, path, url, outlet, published, title, language, text, content_hash, ingested_at, bands, passages, reuse_group)
    SELECT id, path, url, outlet, published, title, language, text, content_hash, now(), bands::bigint[], passages::bigint[], reuse_group
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
      AS t(id, path, url, outlet, published, title, language, text, content_hash, bands, passages, reuse_group)
    ON CONFLICT (id) DO UPDATE SET path = EXCLUDED.path, url = EXCLUDED.url, outlet = EXCLUDED.outlet,
      published = EXCLUDED.published, title = EXCLUDED.title, language = EXCLUDED.language, text = EXCLUDED.text,
      content_hash = EXCLUDED.content_hash, ingested_at = EXCLUDED.ingested_at, bands = EXCLUDED.bands, passages = EXCLUDED.passages,
      reuse_group = EXCLUDED.reuse_group`, [
    column((d) => d.id), column((d) => d.path), column((d) => d.url), column((d) => d.outlet), column((d) => d.published),
    column((d) => d.title), column((d) => d.language), column((d) => d.text), column((d) => d.contentHash),
    rows.map((r) => literal(r.keys.bands)), rows.map((r) => literal(r.keys.passages)), rows.map((r) => r.group),
  ]);
  await writeAnalyses(client, rows);
  const old = (id: string) => stored.get(id);
  const removedOf = (field: 'bands' | 'passages') =>
    rows.flatMap((r): [string, readonly number[]][] => { const o = old(r.document.id); return o ? [[r.document.id, o[field]]] : []; });
  await replacePostings(client, 'band', removedOf('bands'), rows.map((r) => [r.document.id, r.keys.bands]));
  await replacePostings(client, 'passage', removedOf('passages'), rows.map((r) => [r.document.id, r.keys.passages]));
  return outcomes;
}
