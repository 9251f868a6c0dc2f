/**
 * @module store/sqlite/story-postings
 * The newest stories under each key, kept between batches so a batch does not read again the
 * postings the batches before it read: consecutive batches of a stream ask mostly the same keys.
 * Lists are valid at one value of the store's story clock; the writes of this process move them
 * along with it, and any other change of the clock (another process wrote) drops them all.
 */

/** A story as written by one putStories: the keys it was found under before, and now. */
export interface PostingsChange {
  readonly story: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export class StoryPostings {
  /** Story ids by key, newest first; a list shorter than `perKey` is every story under its key. */
  private readonly lists = new Map<string, string[]>();
  private entries = 0;
  private clock: number | null = null;

  constructor(private readonly perKey: number, private readonly capacity = 4_000_000) {}

  /** The newest `perKey` stories under each of `keys` at story clock `clock`; `read` reads a key's from the store. */
  postings(keys: Iterable<string>, clock: number, read: (key: string) => string[]): Map<string, readonly string[]> {
    if (clock !== this.clock) this.reset(clock);
    const out = new Map<string, readonly string[]>();
    for (const key of keys) {
      let list = this.lists.get(key);
      if (list) this.lists.delete(key);
      else {
        list = read(key);
        this.entries += list.length;
      }
      this.lists.set(key, list);
      out.set(key, list);
    }
    this.evict();
    return out;
  }

  /**
   * Moves the lists along with one committed putStories: `from`, the clock it started at; `changes`,
   * its stories in the order their recencies were given; `to`, the clock it left.
   */
  written(from: number, changes: readonly PostingsChange[], to: number): void {
    if (from !== this.clock) {
      this.reset(to);
      return;
    }
    for (const { story, before, after } of changes) {
      const now = new Set(after);
      for (const key of before) if (!now.has(key)) this.remove(key, story);
      for (const key of now) this.addNewest(key, story);
    }
    this.clock = to;
    this.evict();
  }

  private remove(key: string, story: string): void {
    const list = this.lists.get(key);
    const at = list?.indexOf(story) ?? -1;
    if (!list || at < 0) return;
    // A full list may stand for more stories than it holds: the one after its last is not known.
    if (list.length >= this.perKey) this.drop(key);
    else {
      list.splice(at, 1);
      this.entries--;
    }
  }

  private addNewest(key: string, story: string): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = list.indexOf(story);
    if (at >= 0) list.splice(at, 1);
    else this.entries++;
    list.unshift(story);
    if (list.length > this.perKey) {
      list.pop();
      this.entries--;
    }
  }

  private drop(key: string): void {
    this.entries -= this.lists.get(key)?.length ?? 0;
    this.lists.delete(key);
  }

  private reset(clock: number): void {
    this.lists.clear();
    this.entries = 0;
    this.clock = clock;
  }

  /** Least recently asked keys go first. */
  private evict(): void {
    while (this.entries > this.capacity && this.lists.size > 0) this.drop(this.lists.keys().next().value!);
  }
}
