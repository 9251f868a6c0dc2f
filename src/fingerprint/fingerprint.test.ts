import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../text/index.js';
import { fingerprint, initFingerprint } from './fingerprint.js';
import { estimateJaccard, signature } from './minhash.js';
import { mix32 } from './hash.js';
import { pairKeys, passageKeys } from './passage-keys.js';

before(() => initFingerprint());

const seeds = resolve(import.meta.dirname, '../../../shared/seeds');
const shared = (a: readonly number[], b: readonly number[]) => a.filter((k) => new Set(b).has(k)).length;

const SOURCE = `The city council approved a new tram line on Tuesday after a heated debate that lasted six hours.
The line will connect the northern suburbs with the central station and is expected to open in 2027.
Mayor Anna Keller said the project would cost 240 million euros, most of it paid by the regional government.
Opponents argued that buses would serve the same neighbourhoods at a fraction of the price.
Construction is due to begin next spring, and shops along the route fear months of lost trade.`;

test('keys are sorted, distinct safe integers and the same on every run', () => {
  const keys = fingerprint(analyze(SOURCE));
  for (const list of [keys.bands, keys.passages]) {
    assert.ok(list.length > 0);
    assert.ok(list.every((k) => Number.isSafeInteger(k) && k >= 0));
    assert.deepEqual(list, [...new Set(list)].sort((a, b) => a - b));
  }
  assert.deepEqual(fingerprint(analyze(SOURCE)), keys);
});

test('a copy with a changed word shares most band and passage keys', () => {
  const a = fingerprint(analyze(SOURCE));
  const b = fingerprint(analyze(SOURCE.replace('heated', 'long').replace('Tuesday', 'Monday')));
  assert.ok(shared(a.bands, b.bands) >= 1);
  assert.ok(shared(a.passages, b.passages) >= a.passages.length / 2);
});

test('a reordered, reworded retelling of two sentences still shares passage keys', () => {
  const rewrite = `Anna Keller, the mayor, said the regional government would pay most of the 240 million euro project.
Local shops along the planned route fear they will lose trade for months once construction begins next spring.`;
  const a = fingerprint(analyze(SOURCE));
  const b = fingerprint(analyze(rewrite));
  assert.ok(shared(a.passages, b.passages) >= 2, `shared ${shared(a.passages, b.passages)}`);
});

test('unrelated texts share no passage keys', () => {
  const other = `The striker scored twice in the second half as the visitors came back from a goal down.
The coach praised his defence and said the team now had to focus on the cup final in May.`;
  assert.equal(shared(fingerprint(analyze(SOURCE)).passages, fingerprint(analyze(other)).passages), 0);
});

test('the seed rewrite shares passage keys with its source article', { skip: existsSync(seeds) ? false : 'no ../shared/seeds' }, () => {
  const source = fingerprint(analyze(readFileSync(resolve(seeds, 'source-article.txt'), 'utf8')));
  const rewrite = fingerprint(analyze(readFileSync(resolve(seeds, 'rewrite.txt'), 'utf8')));
  assert.ok(shared(source.passages, rewrite.passages) >= 5, `shared ${shared(source.passages, rewrite.passages)}`);
});

test('MinHash estimates the exact Jaccard similarity of two sets', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(), { minLength: 20, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (values, keep, salt) => {
      const a = new Set(values);
      const b = new Set(values.filter((_, i) => (i * 7919 + salt) % 1000 < keep * 1000).concat(values.map((v) => v + 0x7fffffff).slice(0, 10)));
      const exact = [...a].filter((v) => b.has(v)).length / new Set([...a, ...b]).size;
      assert.ok(Math.abs(estimateJaccard(signature(a), signature(b)) - exact) < 0.3);
    }),
    { numRuns: 60 },
  );
});

test('sampling is local: every sampled pair two texts share is a key of both', () => {
  const stem = fc.integer({ min: 0, max: 40 }).map((n) => ({ hi: Math.imul(n, 2654435761) >>> 0, lo: mix32(n + 1) }));
  const text = fc.array(fc.array(stem, { minLength: 4, maxLength: 14 }), { minLength: 3, maxLength: 8 });
  fc.assert(
    fc.property(text, text, (a, b) => {
      const pairsA = pairKeys(a);
      const pairsB = pairKeys(b);
      const keysA = new Set(passageKeys(a));
      const keysB = new Set(passageKeys(b));
      // Brute force over all pairs: what both texts have and sampling keeps must be found in both.
      for (const [key, kept] of pairsA) {
        if (kept && pairsB.has(key)) assert.ok(keysA.has(key) && keysB.has(key));
      }
    }),
    { numRuns: 200 },
  );
});
