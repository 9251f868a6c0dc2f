/**
 * @module corpus/greedy-cover
 * The one greedy cover of the link step: pick items one at a time, each the one whose elements not
 * yet covered weigh most (the earliest on a tie). Evaluated lazily: an item's gain only falls as
 * elements get covered, so its last computed gain bounds its gain now, and only the item on top of
 * the bounds is computed again; it is the pick when its fresh gain is still on top. The rest keep
 * their stale bounds. A document's hundreds of postings candidates were each recounted per pick.
 */

export interface CoverOptions<E> {
  /** An element's weight; counted once for each time an item lists it, while it is not covered. */
  readonly weight: (element: E) => number;
  /** Covered before the first pick. */
  readonly covered?: Iterable<E>;
  /** Items picked at most. */
  readonly limit: number;
  /** Stop once the best item adds no weight; else such items are picked too, earliest first. */
  readonly stopWhenNothingAdded: boolean;
}

interface Bound {
  readonly index: number;
  gain: number;
}

/** Before: higher bound, then earlier item. */
const before = (a: Bound, b: Bound) => a.gain > b.gain || (a.gain === b.gain && a.index < b.index);

/** A binary heap of bounds, best on top. */
class Bounds {
  private readonly heap: Bound[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): Bound | undefined {
    return this.heap[0];
  }

  push(bound: Bound): void {
    const h = this.heap;
    let i = h.push(bound) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Bound | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || last === undefined) return top;
    h[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let best = i;
      if (l < h.length && before(h[l]!, h[best]!)) best = l;
      if (r < h.length && before(h[r]!, h[best]!)) best = r;
      if (best === i) break;
      [h[i], h[best]] = [h[best]!, h[i]!];
      i = best;
    }
    return top;
  }
}

/** The items picked, in pick order. */
export function greedyCover<T, E>(items: readonly T[], elementsOf: (item: T) => readonly E[], options: CoverOptions<E>): T[] {
  const covered = new Set(options.covered);
  const gainOf = (item: T) => elementsOf(item).reduce((sum, e) => (covered.has(e) ? sum : sum + options.weight(e)), 0);
  const bounds = new Bounds();
  items.forEach((item, index) => bounds.push({ index, gain: gainOf(item) }));
  const picked: T[] = [];
  while (picked.length < options.limit && bounds.size > 0) {
    const top = bounds.pop()!;
    top.gain = gainOf(items[top.index]!);
    const next = bounds.peek();
    if (next && before(next, top)) {
      bounds.push(top);
      continue;
    }
    if (options.stopWhenNothingAdded && top.gain <= 0) break;
    const item = items[top.index]!;
    for (const e of elementsOf(item)) covered.add(e);
    picked.push(item);
  }
  return picked;
}
