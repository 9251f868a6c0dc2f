import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isNewstraceError } from '../core/errors.js';
import { ingestPaths, type PathsIngest } from './ingest-paths.js';
import { ingestPathsInThread } from './ingest-thread.js';

const dir = mkdtempSync(join(tmpdir(), 'newstrace-ingest-thread-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function failure(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

test('an error that is not one of newstrace\'s comes out of the ingest thread as it comes out inline: a plain error with its message', async () => {
  // No paths at all: a caller's mistake the types would catch, so nothing turns it into a NewstraceError.
  const request = { db: join(dir, 'index.db'), paths: null, threads: 1, replace: false } as unknown as PathsIngest;
  const [inline, threaded] = [await failure(() => ingestPaths({ ...request, threads: 0 })), await failure(() => ingestPathsInThread(request))];
  assert.equal(isNewstraceError(inline), false);
  assert.equal(isNewstraceError(threaded), false);
  assert.equal(threaded.message, inline.message);
  assert.match(threaded.stack ?? '', /ingest-paths/);
});
