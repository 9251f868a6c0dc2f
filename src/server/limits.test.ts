/**
 * What one request may cost: each limit against the real server on a loopback port over a real
 * SQLite file, with limits lowered so small fixtures reach them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import type { ServerLimits } from './limits.js';
import { ErrorResponse } from './schemas.js';
import { startServer, type RunningServer } from './start-server.js';
import { repoRoot } from './static-files.js';
import { callApi } from './test-support/documents-round-trip.js';
import { largePair, tempDir } from './test-support/fixtures.js';

const example = (name: string) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
const smallPair = () => ({ source: example('original.txt'), derivative: example('rewrite.txt') });

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function serverWith(limits: Partial<ServerLimits>): Promise<RunningServer & { call: (method: string, route: string, body?: unknown) => ReturnType<typeof callApi> }> {
  const tmp = tempDir('newstrace-limits');
  const server = await startServer({ port: 0, db: tmp.db, limits });
  cleanups.push(tmp.remove, () => server.close());
  return { ...server, call: (method, route, body) => callApi(server.url, method, route, body) };
}

function assertError(result: { status: number; json: unknown }, status: number, code: string): string {
  assert.equal(result.status, status, JSON.stringify(result.json));
  const { error } = ErrorResponse.parse(result.json);
  assert.equal(error.code, code);
  return error.message;
}

test('a large compare runs off the HTTP thread: /api/health answers while it is still running', async () => {
  const server = await serverWith({});
  let compareDone = false;
  // About 19,000 words a side: just inside the default limit.
  const compare = server.call('POST', '/api/compare', largePair(50)).finally(() => (compareDone = true));
  // Let the compare reach its worker before asking: the order of answers is the finding, not a time.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const health = await server.call('GET', '/api/health');
  assert.equal(health.status, 200);
  assert.equal(compareDone, false, 'health waited for the compare');
  assert.equal((await compare).status, 200);
});

test('a compare over its time budget is stopped with 503 naming the budget, and the next compare runs', async () => {
  const server = await serverWith({ compareTimeBudgetMs: 1000, compareWorkers: 1, maxWordsPerText: 100_000 });
  const message = assertError(await server.call('POST', '/api/compare', largePair(100)), 503, 'over_time_budget');
  assert.match(message, /time budget of 1 s per request/);
  // The terminated worker is replaced. Its start-up counts against the budget of the requests that
  // wait for it, so the small pair is asked again until the new thread is up.
  let status = 0;
  for (let attempt = 0; attempt < 20 && status !== 200; attempt++) status = (await server.call('POST', '/api/compare', smallPair())).status;
  assert.equal(status, 200);
});

test('a text over the word limit gets 422 naming the side and the limit', async () => {
  const server = await serverWith({ maxWordsPerText: 1000 });
  assert.equal((await server.call('POST', '/api/compare', smallPair())).status, 200);
  const { source } = largePair(4);
  const message = assertError(await server.call('POST', '/api/compare', { source, derivative: example('rewrite.txt') }), 422, 'too_many_words');
  assert.match(message, /^source: [\d,]+ words, over the limit of 1,000 words per text$/);
  const ingest = await server.call('POST', '/api/documents', [{ id: 'short', text: example('rewrite.txt') }, { id: 'long', text: source }]);
  assert.match(assertError(ingest, 422, 'too_many_words'), /^documents\.1: /);
});

test('ingest is limited in documents (413) and in words (422) per request, and stores nothing then', async () => {
  const server = await serverWith({ maxDocumentsPerRequest: 2, maxWordsPerRequest: 500 });
  const article = (id: string) => ({ id, text: example('rewrite.txt') });
  const tooMany = await server.call('POST', '/api/documents', { documents: [article('a'), article('b'), article('c')] });
  assert.match(assertError(tooMany, 413, 'too_many_documents'), /3 documents, over the limit of 2 per request/);
  const tooLong = await server.call('POST', '/api/documents', [article('a'), article('b')]);
  assert.match(assertError(tooLong, 422, 'too_many_words'), /over the limit of 500 words per request/);
  assert.equal((await server.call('GET', '/api/health')).json.documents, 0);
  assert.equal((await server.call('POST', '/api/documents', article('a'))).status, 200);
});

test('a full compare queue answers 503 at once instead of piling up work', async () => {
  const server = await serverWith({ compareWorkers: 1, compareQueue: 1 });
  const results = await Promise.all([1, 2, 3, 4].map(() => server.call('POST', '/api/compare', largePair(20))));
  const busy = results.filter((r) => r.status === 503);
  assert.ok(busy.length >= 1, `statuses ${results.map((r) => r.status)}`);
  for (const r of busy) assert.match(assertError(r, 503, 'server_busy'), /the queue of comparisons waiting for a worker is full \(limit 1\)/);
  assert.ok(results.some((r) => r.status === 200));
});

test('NUL and control characters are refused as binary, as the CLI refuses a binary file', async () => {
  const server = await serverWith({});
  const late = `${example('original.txt').repeat(4)}\u0000tail`;
  const compare = await server.call('POST', '/api/compare', { source: late, derivative: example('rewrite.txt') });
  assert.match(assertError(compare, 400, 'binary_input'), /source: binary data/);
  const controls = await server.call('POST', '/api/documents', { id: 'x', title: 'Tram\u0001\u0002\u0003', text: 'A fine text.' });
  assert.match(assertError(controls, 400, 'binary_input'), /title: binary data/);
  const id = await server.call('POST', '/api/documents', { id: 'nul\u0000id', text: 'A fine text.' });
  assertError(id, 400, 'binary_input');
  assert.equal((await server.call('GET', '/api/health')).json.documents, 0);
});
