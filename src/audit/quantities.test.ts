import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/index.js';
import { extractFacts } from './extract-facts.js';

const numbers = (text: string) => extractFacts(analyze(text, { language: 'en' })).filter((f) => f.type === 'number').map((f) => f.value);

test('a share is one percentage however it is written', () => {
  for (const text of ['Three-quarters of riders agreed.', 'Three in four riders agreed.', '75% of riders agreed.']) assert.deepEqual(numbers(text), ['pct:75'], text);
  assert.deepEqual(numbers('Two out of five riders agreed.'), ['pct:40']);
});

test('half a point and fifty basis points are the same rate change; a spelled decimal is not a point', () => {
  assert.deepEqual(numbers('The bank raised rates by half a point.'), ['pts:0.5']);
  assert.deepEqual(numbers('The bank raised rates by 50 basis points.'), ['pts:0.5']);
  assert.ok(!numbers('Sales fell by one point three per cent.').some((v) => v.startsWith('pts:')));
});

test('a fraction of a unit is an amount of that unit, and spelled ordinals are numbers', () => {
  assert.deepEqual(numbers('She won by five-hundredths of a second.'), numbers('She won by 0.05 seconds.'));
  assert.deepEqual(numbers('He is the eighteenth recipient.'), numbers('He is the 18th recipient.'));
  assert.deepEqual(numbers('a three-time champion'), numbers('a three times champion'));
});

test('spelled percentages and spelled decimals are percentages', () => {
  assert.deepEqual(numbers('Sales fell by one point three per cent.'), ['pct:1.3']);
  assert.deepEqual(numbers('Revenue rose a near nine per cent.'), ['pct:9']);
});
