/**
 * @module index/origin-check
 * A stored document is replaced by another text only from the file it was read from. Ids are derived
 * from paths or declared by feeds and JSONL, so two folders of the same name, a moved corpus or two
 * feeds reusing a guid can name different documents alike; without this check the later run would
 * overwrite the stored text and report a bare "updated". Records that come from no file (the API,
 * whose callers choose their ids) are not checked.
 */
import type { SourceRecord } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import { contentHash } from './content-hash.js';
import type { IngestProblem } from './ingest.js';

interface OriginConflict {
  readonly record: SourceRecord;
  /** Where the stored document was read from (null: from no file). */
  readonly storedPath: string | null;
}

/** The records of `records` that would replace a stored text read from another file. */
async function originConflicts(store: Store, records: readonly SourceRecord[]): Promise<OriginConflict[]> {
  const stored = await store.contentHashesOf(records.map((r) => r.id));
  const conflicts: OriginConflict[] = [];
  for (const record of records) {
    const hash = stored.get(record.id);
    // Only a changed text is looked up further: unchanged re-ingests, the common case, cost no read.
    if (record.path === null || hash === undefined || hash === contentHash(record.extracted.text)) continue;
    const storedPath = (await store.getDocument(record.id))?.path ?? null;
    if (storedPath !== record.path) conflicts.push({ record, storedPath });
  }
  return conflicts;
}

function conflictReason({ record, storedPath }: OriginConflict): string {
  const from = storedPath === null ? 'from no file (the API)' : `from ${storedPath}`;
  return `id '${record.id}' is stored ${from} with another text; skipped, not replaced (--replace replaces it)`;
}

/** `records` less those that would replace a text stored from another file, each refused by name. */
export async function withoutOriginConflicts(store: Store, records: SourceRecord[], refuse: (problem: IngestProblem) => void): Promise<SourceRecord[]> {
  const conflicts = await originConflicts(store, records);
  if (conflicts.length === 0) return records;
  for (const conflict of conflicts) refuse({ path: conflict.record.origin, reason: conflictReason(conflict), code: 'id_conflict' });
  const refused = new Set(conflicts.map((c) => c.record));
  return records.filter((r) => !refused.has(r));
}
