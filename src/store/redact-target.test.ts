import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactTarget } from './redact-target.js';

test('a PostgreSQL password is never shown; file paths are shown as given', () => {
  assert.equal(redactTarget('postgres://app:secret@db:5432/news'), 'postgres://app:***@db:5432/news');
  assert.equal(redactTarget('postgresql://db/news'), 'postgresql://db/news');
  assert.equal(redactTarget('./newstrace.db'), './newstrace.db');
});
