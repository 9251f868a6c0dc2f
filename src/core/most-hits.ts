/**
 * @module core/most-hits
 * The few ids with the most hits out of many, without sorting them all: candidate stories are the
 * best couple of dozen out of the thousands of stories a document's keys lead to.
 */

/** The `limit` ids of `hits` with the most hits, most first, ties by id (code units, ascending). */
export function mostHits(hits: ReadonlyMap<string, number>, limit: number): string[] {
  const ids: string[] = [];
  const counts: number[] = [];
  if (limit <= 0) return ids;
  for (const [id, n] of hits) {
    const full = ids.length === limit;
    if (full && !(n > counts[limit - 1]! || (n === counts[limit - 1] && id < ids[limit - 1]!))) continue;
    let at = full ? limit - 1 : ids.length;
    while (at > 0 && (n > counts[at - 1]! || (n === counts[at - 1] && id < ids[at - 1]!))) {
      ids[at] = ids[at - 1]!;
      counts[at] = counts[at - 1]!;
      at--;
    }
    ids[at] = id;
    counts[at] = n;
  }
  return ids;
}
