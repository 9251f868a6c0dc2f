/**
 * @module corpus/origin-check
 * A stored document is replaced by another text only from the file it was read from. Ids are derived
 * from paths or declared by feeds and JSONL, so two folders of the same name, a moved corpus or two
 * feeds reusing a guid can name different documents alike; without this check the later run would
 * overwrite the stored text and report a bare "updated". Records that come from no file (the API,
 * whose callers choose their ids) are not checked.
 */
import type { SourceRecord } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import { contentHash } from './content-hash.js';

function conflictReason(record: SourceRecord, storedPath: string | null): string {
  const from = storedPath === null ? 'from no file (the API)' : `from ${storedPath}`;
  return `id '${record.id}' is stored ${from} with another text; skipped, not replaced (--replace replaces it)`;
}

/** The records of `records` that would replace a stored text read from another file, each with the reason. */
export async function originConflicts(store: Store, records: readonly SourceRecord[]): Promise<Map<SourceRecord, string>> {
  const stored = await store.contentHashesOf(records.map((r) => r.id));
  const conflicts = new Map<SourceRecord, string>();
  for (const record of records) {
    const hash = stored.get(record.id);
    // Only a changed text is looked up further: unchanged re-ingests, the common case, cost no read.
    if (record.path === null || hash === undefined || hash === contentHash(record.extracted.text)) continue;
    const storedPath = (await store.getDocument(record.id))?.path ?? null;
    if (storedPath !== record.path) conflicts.set(record, conflictReason(record, storedPath));
  }
  return conflicts;
}
