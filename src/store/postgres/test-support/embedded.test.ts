import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REQUIRE_SERVICES } from '../../../core/test-support/required-services.js';
import { tryStartEmbeddedPostgres } from './embedded.js';

/** Runs `body` with a temp dir where nothing can be created, so PostgreSQL cannot start. */
async function withUnusableTmp<T>(required: boolean, body: () => Promise<T>): Promise<T> {
  const saved = { tmp: process.env.TMPDIR, required: process.env[REQUIRE_SERVICES] };
  process.env.TMPDIR = '/nonexistent/newstrace-tmp';
  if (required) process.env[REQUIRE_SERVICES] = '1';
  else delete process.env[REQUIRE_SERVICES];
  try {
    return await body();
  } finally {
    for (const [key, value] of [['TMPDIR', saved.tmp], [REQUIRE_SERVICES, saved.required]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

test('a PostgreSQL that cannot start is a skip with its reason, and a failure where services are required', async () => {
  const started = await withUnusableTmp(false, tryStartEmbeddedPostgres);
  assert.ok('skip' in started);
  assert.match(started.skip, /^embedded PostgreSQL could not start on this machine: .*ENOENT/);
  await assert.rejects(withUnusableTmp(true, tryStartEmbeddedPostgres), /could not start on this machine: .*NEWSTRACE_REQUIRE_SERVICES=1 requires it: failing instead of skipping/);
});
