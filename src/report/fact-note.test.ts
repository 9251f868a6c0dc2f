import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factReason } from './fact-note.js';

test('a note that repeats the fact values is cut to its reason', () => {
  const fact = { source: 'Helena Marquardt', derivative: 'Helena Marquart', note: 'name spelled differently: Helena Marquardt → Helena Marquart' };
  assert.equal(factReason(fact), 'name spelled differently');
  assert.equal(factReason({ source: null, derivative: '$2.50', note: 'amount the source never states: $2.50' }), 'amount the source never states');
});

test('other notes are left whole', () => {
  assert.equal(factReason({ source: 'Jan. 5', derivative: null, note: 'not in the derivative' }), 'not in the derivative');
  assert.equal(factReason({ source: 'Abdullah Mehrabi', derivative: 'Abdollah Mehrabi', note: 'spelling: Abdullah → Abdollah' }), 'spelling: Abdullah → Abdollah');
});
