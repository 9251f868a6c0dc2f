/**
 * @module server/test-support/documents-round-trip
 * The API's document round trip (ingest, read, trace, search, list, cluster, health) as one check, so
 * the same scenario runs against a server on SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { TraceResponse } from '../schemas.js';
import { storyArticles } from './fixtures.js';

export type ApiCall = (method: string, route: string, body?: unknown, type?: string) => Promise<{ status: number; headers: Headers; json: any; text: string }>;

/** One request to the server at `base`; JSON bodies are parsed. */
export async function callApi(base: string, method: string, route: string, body?: unknown, type = 'application/json') {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  if (body !== undefined) init.headers = { 'content-type': type };
  const response = await fetch(`${base}${route}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : null, text };
}

/** Runs on an empty index. */
export async function checkDocumentsRoundTrip(call: ApiCall): Promise<void> {
  const articles = storyArticles();
  const ingest = await call('POST', '/api/documents', { documents: articles });
  assert.equal(ingest.status, 200, ingest.text);
  assert.deepEqual(ingest.json.documents.map((d: { id: string }) => d.id), articles.map((a) => a.id));

  const again = await call('POST', '/api/documents', articles[0]);
  assert.equal(again.json.documents[0].outcome, 'unchanged');

  const doc = await call('GET', `/api/documents/${encodeURIComponent('lindenport/original')}`);
  assert.equal(doc.status, 200);
  assert.equal(doc.json.title, articles[0].title);
  assert.equal(doc.json.outlet, 'Lindenport Herald');
  assert.match(doc.json.text, /Helena Marquardt/);

  const trace = await call('GET', `/api/documents/${encodeURIComponent('lindenport/original')}/trace`);
  assert.equal(trace.status, 200);
  const links = TraceResponse.parse(trace.json);
  const linked = [...links.sources, ...links.derivatives].map((l) => l.document.id);
  assert.ok(linked.includes('wire/copy'), `trace links: ${linked.join(', ')}`);
  assert.ok(!linked.includes('valley/rain'));

  const search = await call('GET', '/api/search?q=tram');
  assert.equal(search.status, 200);
  const hits = search.json.hits.map((h: { id: string }) => h.id);
  assert.ok(hits.includes('lindenport/original'), hits.join(', '));
  assert.ok(!hits.includes('valley/rain'));

  const odd = await call('GET', `/api/search?q=${encodeURIComponent('"tram (AND OR* NEAR')}`);
  assert.equal(odd.status, 200, odd.text);

  const list = await call('GET', '/api/documents?limit=2');
  assert.equal(list.json.documents.length, 2);
  const rest = await call('GET', `/api/documents?limit=50&after=${encodeURIComponent(list.json.next)}`);
  assert.equal(list.json.documents.length + rest.json.documents.length, articles.length);

  const clusters = await call('GET', '/api/clusters');
  assert.equal(clusters.status, 200);
  const story = clusters.json.clusters.find((c: { documents: { id: string }[] }) => c.documents.some((d) => d.id === 'lindenport/original'));
  assert.ok(story, JSON.stringify(clusters.json));
  assert.ok(story.documents.some((d: { id: string }) => d.id === 'wire/copy'));
  assert.ok(!story.documents.some((d: { id: string }) => d.id === 'valley/rain'));

  const health = await call('GET', '/api/health');
  assert.equal(health.json.status, 'ok');
  assert.equal(health.json.documents, articles.length);
}
