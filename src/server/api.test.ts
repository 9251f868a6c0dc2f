/**
 * API tests against the real server on a free loopback port, over a real SQLite file in a temp dir.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CompareReportSchema, ErrorResponse } from './schemas.js';
import { startServer, type RunningServer } from './start-server.js';
import { repoRoot } from './static-files.js';
import { callApi, checkDocumentsRoundTrip } from './test-support/documents-round-trip.js';
import { tempDir } from './test-support/fixtures.js';

const LIMIT = 256 * 1024;
const tmp = tempDir('newstrace-api');
let server: RunningServer;

before(async () => {
  server = await startServer({ port: 0, db: tmp.db, limits: { maxBodyBytes: LIMIT } });
});
after(async () => {
  await server?.close();
  tmp.remove();
});

const call = (method: string, route: string, body?: unknown, type?: string) => callApi(server.url, method, route, body, type);

function assertError(result: { status: number; json: unknown }, status: number, code: string) {
  assert.equal(result.status, status, JSON.stringify(result.json));
  const body = ErrorResponse.parse(result.json);
  assert.equal(body.error.code, code);
  return body.error.message;
}

const example = (name: string) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8');

test('POST /api/compare returns the compare --json report for two texts', async () => {
  const { status, json } = await call('POST', '/api/compare', {
    source: example('original.txt'),
    derivative: example('rewrite.txt'),
    sourceLabel: 'original.txt',
  });
  assert.equal(status, 200);
  const report = CompareReportSchema.parse(json);
  assert.ok(['light-rewrite', 'heavy-rewrite'].includes(report.verdict.relation), report.verdict.relation);
  assert.ok(report.passages.some((p) => p.kind === 'copied' || p.kind === 'paraphrased'));
  assert.ok(report.facts.length > 0);
  assert.equal(json.source.label, 'original.txt');
});

test('POST /api/compare accepts an HTML page as the source', async () => {
  const { status, json } = await call('POST', '/api/compare', { source: example('original.html'), derivative: example('rewrite.txt') });
  assert.equal(status, 200);
  assert.match(json.source.text, /Lindenport/);
  assert.doesNotMatch(json.source.text, /<script|<\/p>/);
});

test('documents can be ingested, read, traced, searched and clustered', () => checkDocumentsRoundTrip(call));

test('POST /api/documents reports each document as it fared: an id repeated in one request is skipped, not inserted twice', async () => {
  const text = 'The harbour ferry will run an extra service on Sunday mornings from next month, the operator said.';
  const { status, json } = await call('POST', '/api/documents', { documents: [
    { id: 'twice', text }, { id: 'twice', text: `${text} It starts in June.` }, { id: 'copy-of-twice', text },
  ] });
  assert.equal(status, 200, JSON.stringify(json));
  assert.deepEqual(json.documents.map((d: { id: string; outcome: string }) => [d.id, d.outcome]), [
    ['twice', 'inserted'], ['twice', 'skipped'], ['copy-of-twice', 'inserted'],
  ]);
  assert.match(json.documents[1].reason, /already given by request documents\.0/);
  assert.equal(json.documents[2].edges, 1, 'the copy is linked to the first');
  const again = await call('POST', '/api/documents', { id: 'twice', text });
  assert.deepEqual(again.json.documents.map((d: { outcome: string }) => d.outcome), ['unchanged']);
});

test('invalid requests get 400 naming the offending fields', async () => {
  assert.match(assertError(await call('POST', '/api/compare', { source: 'A text.' }), 400, 'invalid_request'), /derivative/);
  assert.match(assertError(await call('POST', '/api/compare', { source: '', derivative: 'x' }), 400, 'invalid_request'), /source: must not be empty/);
  const ingest = await call('POST', '/api/documents', { documents: [{ id: 'ok', text: 'Fine.' }, { id: 'bad', title: 'no body' }] });
  assert.match(assertError(ingest, 400, 'invalid_request'), /documents\.1\.text/);
  assertError(await call('POST', '/api/compare', '{"source": "unterminated', 'application/json'), 400, 'invalid_json');
  assert.match(assertError(await call('GET', '/api/search'), 400, 'invalid_request'), /\bq\b/);
  assertError(await call('GET', '/api/clusters?minSize=one'), 400, 'invalid_request');
});

test('unknown documents and routes get 404', async () => {
  assertError(await call('GET', '/api/documents/no-such-id'), 404, 'not_found');
  assertError(await call('GET', '/api/documents/no-such-id/trace'), 404, 'not_found');
  assertError(await call('GET', '/api/nothing-here'), 404, 'not_found');
  assert.equal((await call('GET', '/../package.json')).status, 404);
  assert.equal((await call('GET', '/js/../../package.json')).status, 404);
});

test('a body that is not JSON gets 415', async () => {
  assertError(await call('POST', '/api/compare', 'source=a&derivative=b', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  assertError(await call('POST', '/api/documents', 'plain', 'text/plain'), 415, 'unsupported_media_type');
});

test('a body over the limit gets 413, by Content-Length or by counting a chunked stream', async () => {
  const big = JSON.stringify({ source: 'a'.repeat(LIMIT), derivative: 'b' });
  assertError(await call('POST', '/api/compare', big), 413, 'payload_too_large');
  const chunked = await new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const url = new URL('/api/documents', server.url);
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.write('{"text": "');
    for (let i = 0; i < 8; i++) req.write('x'.repeat(LIMIT / 4));
    req.end('"}');
  });
  assertError(chunked, 413, 'payload_too_large');
});

test('pages and API answers carry the security headers', async () => {
  const page = await call('GET', '/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  const api = await call('GET', '/api/health');
  assert.equal(api.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await call('GET', '/lib/marked-text.js')).status, 200);
});

test('GET /api/openapi.json is an OpenAPI 3.1 document whose references all resolve', async () => {
  const { status, json: doc } = await call('GET', '/api/openapi.json');
  assert.equal(status, 200);
  assert.equal(doc.openapi, '3.1.0');
  for (const route of ['/api/compare', '/api/documents', '/api/documents/{id}', '/api/documents/{id}/trace', '/api/clusters', '/api/search', '/api/health']) {
    assert.ok(doc.paths[route], `missing path ${route}`);
  }
  for (const schema of ['CompareRequest', 'ArticleInput', 'CompareReport', 'Document', 'TraceResponse', 'StoryCluster', 'Error']) {
    assert.ok(doc.components.schemas[schema], `missing schema ${schema}`);
  }
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 10);
  for (const ref of refs) {
    const name = ref.slice(8, -1).replace('#/components/schemas/', '');
    assert.ok(doc.components.schemas[name], `dangling ${ref}`);
  }
  const compareBody = doc.components.schemas.CompareRequest;
  assert.deepEqual(compareBody.required, ['source', 'derivative']);
  // The report's schema is the one its type comes from: what the web UI reads is documented.
  const report = doc.components.schemas.CompareReport;
  assert.ok(report.properties.verdict.properties.evidence && report.properties.summary);
  assert.ok(report.properties.facts.items.properties.sourceSpan);
});

test('GET /api/examples/seed gives a pair the compare endpoint accepts', async () => {
  const { status, json } = await call('GET', '/api/examples/seed');
  assert.equal(status, 200);
  assert.ok(json.source.length > 100 && json.derivative.length > 100);
});
