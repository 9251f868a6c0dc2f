import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSuites, selectSuites } from './run-suites.js';
import type { EvalSuite } from './suite.js';

const suite = (name: string, present: boolean): EvalSuite => ({
  name,
  async run(context) {
    if (!present) {
      context.log(`skipped: /data/${name} not found`);
      return null;
    }
    return { name, metrics: { accuracy: context.quick ? 0.5 : 0.6 }, notes: [] };
  },
});

test('an absent data set is skipped with its message, the others run and are timed', async () => {
  const messages: string[] = [];
  const run = await runSuites([suite('alpha', true), suite('beta', false)], { dataDir: '/data', quick: true, log: (m) => void messages.push(m) });
  assert.deepEqual(run.skipped, ['beta']);
  assert.equal(run.results.length, 1);
  assert.equal(run.results[0].metrics.accuracy, 0.5);
  assert.equal(typeof run.results[0].metrics.runSeconds, 'number');
  assert.ok(messages.includes('[beta] skipped: /data/beta not found'));
});

test('--only selects by name or prefix and rejects unknown names', () => {
  const all = [suite('pan13-x', true), suite('pan25-y', true), suite('msrp', true)];
  assert.deepEqual(selectSuites(all, 'pan').map((s) => s.name), ['pan13-x', 'pan25-y']);
  assert.deepEqual(selectSuites(all, 'msrp,pan25').map((s) => s.name), ['pan25-y', 'msrp']);
  assert.equal(selectSuites(all, undefined).length, 3);
  assert.throws(() => selectSuites(all, 'nope'), /unknown suite\(s\): nope/);
});
