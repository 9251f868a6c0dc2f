import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NewstraceError } from '../core/errors.js';
import { createApp } from './app.js';
import type { Services } from './services.js';

function failing(error: unknown): Services {
  const fail = async (): Promise<never> => {
    throw error;
  };
  return {
    compare: fail, ingestDocuments: fail, getDocument: fail, listDocuments: fail, trace: fail, clusters: fail, search: fail, health: fail, example: fail,
    close: async () => {},
  };
}

const body = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: 'a', derivative: 'b' }) };

test('an unexpected failure is a 500 that does not leak its message or stack', async () => {
  const quiet = console.error;
  console.error = () => {};
  try {
    const app = createApp(failing(new Error('ENOENT /srv/secret/path at Object.<anonymous>')));
    const res = await app.request('/api/compare', body);
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.doesNotMatch(text, /secret|ENOENT|at Object/);
    assert.deepEqual(JSON.parse(text), { error: { code: 'internal', message: 'the server could not complete the request' } });
  } finally {
    console.error = quiet;
  }
});

test('an input error from the engine keeps its code and becomes a 400', async () => {
  const app = createApp(failing(new NewstraceError('binary_input', 'derivative: looks like a binary file')));
  const res = await app.request('/api/compare', body);
  assert.equal(res.status, 400);
  assert.deepEqual(await res.json(), { error: { code: 'binary_input', message: 'derivative: looks like a binary file' } });
});
