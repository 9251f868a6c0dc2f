/**
 * @module align/term-bags
 * A unit's content terms as small integers, made once per analysed text: corpus ingest aligns one
 * text against many candidates, and building each pair's tf-idf vectors from strings (a string-keyed
 * map per term, a map per unit) was most of what an alignment spent before scoring a single pair.
 */

/**
 * One table for the process: a stem keeps its number for good, so bags made for different texts can
 * be compared. It grows with the distinct stems seen (a language's vocabulary, not the corpus size).
 */
const termIds = new Map<string, number>();

/** A unit's distinct terms in order of first occurrence, and 1 + ln(tf) of each. */
export interface TermBag {
  readonly ids: Int32Array;
  readonly logTf: Float64Array;
}

export function termBag(terms: readonly string[]): TermBag {
  const tf = new Map<number, number>();
  for (const term of terms) {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from(tf.keys());
  return { ids, logTf: Float64Array.from(ids, (id) => 1 + Math.log(tf.get(id)!)) };
}

/** Term ids of one pair's bags, numbered 0.. in order of first occurrence (sources first): see pairVectors. */
let pairIdOf = new Int32Array(0);

/**
 * The number of each term of `bags` within them (0.. in order of first occurrence), and in how many
 * bags it occurs. Synchronous and leaves the scratch table as it found it (all -1).
 */
export function numberTerms(bags: readonly TermBag[]): { readonly ids: Int32Array[]; readonly df: number[] } {
  if (pairIdOf.length < termIds.size) pairIdOf = new Int32Array(Math.max(termIds.size, 2 * pairIdOf.length)).fill(-1);
  const seen: number[] = [];
  const df: number[] = [];
  const ids = bags.map((bag) => {
    const out = new Int32Array(bag.ids.length);
    for (let k = 0; k < bag.ids.length; k++) {
      const term = bag.ids[k]!;
      let id = pairIdOf[term]!;
      if (id < 0) {
        id = pairIdOf[term] = seen.length;
        seen.push(term);
        df.push(0);
      }
      df[id]!++;
      out[k] = id;
    }
    return out;
  });
  for (const term of seen) pairIdOf[term] = -1;
  return { ids, df };
}
