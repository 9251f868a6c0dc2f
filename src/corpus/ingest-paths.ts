/**
 * @module corpus/ingest-paths
 * `newstrace ingest PATH…` as one call: the sources read, prepared on `threads` worker threads (none:
 * inline), indexed into the store at `db`, whose stories, for a SQLite index with threads to spare,
 * are assigned on a thread of their own. The CLI runs it here or, for a large input, on a thread of
 * its own (corpus/ingest-thread).
 */
import { readSources } from '../ingest/index.js';
import { withStore } from '../store/create-store.js';
import { storyThreadFor } from '../story-index/story-thread.js';
import { ingest, type IngestCounts, type IngestSummary } from './ingest.js';
import { createPreparePool } from './prepare-pool.js';

export interface PathsIngest {
  /** A SQLite file or a postgres:// URL. */
  readonly db: string;
  readonly paths: readonly string[];
  readonly threads: number;
  readonly batchSize?: number;
  readonly replace: boolean;
}

export async function ingestPaths(request: PathsIngest, onProgress?: (counts: IngestCounts) => void): Promise<IngestSummary> {
  const prepare = await createPreparePool({ threads: request.threads });
  try {
    return await withStore(request.db, async (store) => {
      const stories = prepare.threads > 0 ? storyThreadFor(store) : null;
      try {
        return await ingest(store, readSources([...request.paths]), {
          batchSize: request.batchSize, prepare, stories: stories ?? undefined, replace: request.replace, onProgress,
        });
      } finally {
        await stories?.close();
      }
    });
  } finally {
    await prepare.close();
  }
}
