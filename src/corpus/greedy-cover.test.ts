import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greedyCover } from './greedy-cover.js';
import { prng } from './test-support/synthetic-corpus.js';

/** The loop rankByWeight and the by-new-evidence source choice each ran before: every gain recounted per pick. */
function everyGainPerPick<T, E>(items: readonly T[], elementsOf: (item: T) => readonly E[], weight: (e: E) => number, covered: readonly E[], limit: number, stop: boolean): T[] {
  const rest = [...items];
  const held = new Set(covered);
  const picked: T[] = [];
  for (let n = 0; n < limit && rest.length > 0; n++) {
    const gains = rest.map((item) => elementsOf(item).reduce((sum, e) => (held.has(e) ? sum : sum + weight(e)), 0));
    const best = gains.reduce((b, g, i) => (g > gains[b]! ? i : b), 0);
    if (stop && gains[best]! <= 0) break;
    const [item] = rest.splice(best, 1);
    for (const e of elementsOf(item!)) held.add(e);
    picked.push(item!);
  }
  return picked;
}

test('the lazy greedy cover picks the same items in the same order as recounting every gain per pick, ties and zero gains included', () => {
  const random = prng(7);
  const int = (n: number) => Math.floor(random() * n);
  for (let round = 0; round < 400; round++) {
    const universe = 1 + int(40);
    // Whole weights make ties common; idf-like fractions make sums whose order matters.
    const weights = Array.from({ length: universe }, () => (round % 2 === 0 ? int(3) : Math.log(1 + 100 * random())));
    const items = Array.from({ length: int(60) }, (_, id) => ({ id, elements: Array.from({ length: int(12) }, () => int(universe)) }));
    const covered = Array.from({ length: int(10) }, () => int(universe));
    const limit = int(10);
    for (const stop of [true, false]) {
      const expected = everyGainPerPick(items, (i) => i.elements, (e) => weights[e]!, covered, limit, stop);
      const actual = greedyCover(items, (i) => i.elements, { weight: (e) => weights[e]!, covered, limit, stopWhenNothingAdded: stop });
      assert.deepEqual(actual.map((i) => i.id), expected.map((i) => i.id), `round ${round}, stop ${stop}`);
    }
  }
});

test('with nothing left to add, the cover stops or goes on in item order as asked', () => {
  const items = [['a'], ['b'], ['a', 'b'], ['c']];
  const options = { weight: () => 1, covered: ['a', 'b'], limit: 3 };
  assert.deepEqual(greedyCover(items, (i) => i, { ...options, stopWhenNothingAdded: true }), [['c']]);
  assert.deepEqual(greedyCover(items, (i) => i, { ...options, stopWhenNothingAdded: false }), [['c'], ['a'], ['b']]);
});
