/**
 * @module corpus/policy
 * The one value that bounds the work spent on each indexed document: how many postings a lookup
 * reads, how many candidates are estimated and verified, and when an estimate is taken as proof.
 * It is plain data, printed by `ingest --json` and the bench, so a figure always comes with the
 * policy it was measured under.
 */
export interface IndexPolicy {
  /**
   * Documents per written batch (one transaction). 500, where `npm run bench` had always run: each
   * commit rewrites the pages its random keys land on (postings level 0, key frequencies, story keys),
   * so fewer, larger batches write fewer bytes per document. On 20,000 constant documents, from 200
   * to 400: the documents' transactions wrote 1.06 -> 0.47 GB of WAL and the stories' 1.09 -> 0.74 GB;
   * CPU, all threads, 87-94 -> 82-85 s. A run killed mid-batch redoes at most one batch.
   */
  readonly batchSize: number;
  readonly postings: {
    /** Documents read per key, earliest first: a wire story reprinted a thousand times costs as much as one reprinted ten times. */
    readonly perKey: number;
    /** A key held by more than this share of the index (and more than `commonFloor` documents) is a stock phrase: not read. */
    readonly commonShare: number;
    readonly commonFloor: number;
  };
  /**
   * Candidates, best by rarity-weighted shared keys, whose containment is estimated from their keys;
   * documents sharing the very same keys of the new text take one place (see candidates rankByWeight).
   */
  readonly shortlist: number;
  /** Candidates added to those for the shared keys no listed candidate holds (see candidates rankByWeight). */
  readonly shortlistByEvidence: number;
  /**
   * Documents listed per set of shared keys too thin to make them more than weak candidates (see
   * candidates rankByWeight, thinSets).
   */
  readonly thinSet: number;
  /**
   * A candidate whose estimated containment is below this both ways (and that shares fewer than
   * `minBands` MinHash bands) is rejected without aligning.
   */
  readonly minContainment: number;
  readonly minBands: number;
  /**
   * Copy classes (candidates that are near copies of one another) aligned per document, closest
   * first: all that look like derivatives of the new text or share keys no other stored text holds
   * with it (see candidates exclusiveKeys), `maxSources` of the others, `maxClasses` in all.
   */
  readonly maxClasses: number;
  readonly maxSources: number;
  /**
   * A class that looks like a derivative of the new text is not aligned as one when another
   * candidate, closer to it, holds this share of the keys it shares with the new text (see
   * corpus/groups explainedElsewhere): it may still be aligned as a likely source. Above 1, never.
   */
  readonly explainedShare: number;
  /** A candidate this much more contained in the new text than the reverse is likely its derivative: aligned from the new text first. */
  readonly containedMargin: number;
  /** Candidates too weak to be reuse that are still checked for the same story (vocabulary and names, no alignment). */
  readonly storyChecks: number;
  /**
   * Near copies of the new text (closest first) whose stored edges it takes over (see
   * corpus/verify inheritedEdges; the strongest 2 x `maxInherited` of each are read), and at most
   * how many edges it takes over so.
   */
  readonly inheritFrom: number;
  readonly maxInherited: number;
  /** Consecutive classes that give no edge after which the rest are not verified. */
  readonly maxMisses: number;
  /**
   * Estimated containment both ways at or above `nearCopy` (each side with at least `minKeys` passage
   * keys, so the estimate rests on enough samples) links the pair without aligning it; at or above
   * `exactCopy` the relation is `copy`, else `light-rewrite`.
   */
  readonly nearCopy: number;
  readonly exactCopy: number;
  readonly minKeys: number;
}

/**
 * Thresholds read off scripts/fit-corpus-policy.ts on the synthetic reuse corpus of seed 2 (the bench
 * measures seed 1), 2,000 documents: pairs of different families estimate at most 0.15 containment
 * (99% at 0.08 or less) while 99% of heavy rewrites and partial copies estimate 0.11 or more, hence
 * `minContainment` 0.1; no partial copy, heavy rewrite or rewrite of a rewrite reaches 0.67 both ways
 * while 95% of near-duplicates do 0.74 or more, hence `nearCopy` 0.8; `exactCopy` 0.92 is where the
 * aligner's own verdict on near-duplicates turns from light rewrite to copy (chosen, not searched).
 * `postings.perKey` 64 and `shortlist` 48 (from 32 and 32) were chosen with scripts/fit-corpus-bounds.ts
 * on the dense corpus of seed 2, 6,000 documents (edge recall 0.9722 -> 0.9800 at precision 1.000,
 * pairs aligned per document 2.79 -> 2.85; maxSources 3 was dearer for less), and checked on dense seed 3
 * (0.9844 -> 0.9881) and constant seed 2 at 8,000 (0.9903 either way, same cost). `thinSet` 1 is set by
 * reasoning (see candidates thinSets). The other bounds (shortlistByEvidence, maxClasses, maxSources,
 * inheritFrom, maxInherited) are cost choices, not fitted. `explainedShare` 0.9 with fit-corpus-bounds on
 * seed 2, 4,000 documents, over 0.8 / 0.9 / 0.95 against off (1.01): dense pairs aligned per document
 * 2.84 -> 1.89 / 1.93 / 1.95 at edge recall 0.9884 -> 0.9876 for all three, constant 0.93 -> 0.88 at
 * 0.9933 -> 0.9917 / 0.9921 / 0.9921, precision 1.000 throughout: the middle of the range where
 * both are flat.
 */
export const DEFAULT_POLICY: IndexPolicy = {
  batchSize: 500,
  postings: { perKey: 64, commonShare: 0.01, commonFloor: 64 },
  shortlist: 48,
  shortlistByEvidence: 8,
  thinSet: 1,
  minContainment: 0.1,
  minBands: 2,
  maxClasses: 8,
  maxSources: 2,
  explainedShare: 0.9,
  containedMargin: 0.1,
  inheritFrom: 2,
  maxInherited: 64,
  maxMisses: 3,
  storyChecks: 2,
  nearCopy: 0.8,
  exactCopy: 0.92,
  minKeys: 12,
};

/** The postings bound for an index of `documents` documents. */
export function maxFrequency(policy: IndexPolicy, documents: number): number {
  return Math.max(policy.postings.commonFloor, Math.floor(policy.postings.commonShare * documents));
}
