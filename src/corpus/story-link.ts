/**
 * @module corpus/story-link
 * When two reports of related news may be stored as a same-story link. Shared vocabulary and shared
 * capitalised words tell a desk, not an event: two politics pieces share "Labour", "Blair" and
 * "Monday" week after week. What tells one event from another of its kind is the names and numbers
 * few other documents mention. So the specifics of each text (the story stage's names and numbers)
 * are weighted by their rarity in the corpus, idf = ln(N / df), and a stored link needs a large
 * enough share of both texts' specific weight to be shared (weighted Dice), and a few shared
 * specifics that are rare outright.
 *
 * Rarity is read from the corpus as known (the stored documents and the batch, both sides of the
 * pair included, so a shared key has df >= 2). A small corpus cannot call anything rare: "rare" is
 * in at most 1 in `rareShare` documents, which a key both texts have can only be once the corpus
 * holds 2 / rareShare documents (200). Below that no same-story link is stored at all; links by
 * reuse (copies, rewrites) need no corpus and are unaffected.
 */
import type { AnalyzedText } from '../core/types.js';
import { bodyFeatures } from '../stories/index.js';
import { THRESHOLDS } from '../verdict/index.js';

/** Document frequencies of specifics keys over a corpus of `documents` documents. */
export interface Rarity {
  readonly documents: number;
  df(key: string): number;
}

export const STORY_LINK = {
  /**
   * Weighted Dice of the two texts' specifics. Fitted by scripts/fit-story-link.ts (best F0.5) on
   * ECB+ pairs: same event against the other event of the topic and pairs of BBC desk articles, with
   * the ECB+ and BBC documents as the corpus; reported there on NewsWCL50 pairs.
   */
  minShare: 0.175,
  /**
   * Shared specifics that are rare: as many as the story stage asks of a document joining a story by
   * similarity (STORY_POLICY.minSharedSpecifics), so no link says more than a story would. Set by
   * reasoning; the fit script prints what 0, 1 or 3 would give.
   */
  minRare: 2,
  /** Rare: in at most this share of the documents (the story stage's notion, set by reasoning). */
  rareShare: 0.01,
} as const;

export type StoryLinkRule = { readonly [K in keyof typeof STORY_LINK]: number };

export interface StoryEvidence {
  /** Shared idf counted on both sides, over both texts' summed idf. */
  readonly share: number;
  /** Shared specifics in at most `rareShare` of the documents. */
  readonly rare: number;
}

// A weak candidate is checked against every document it is a candidate of: its set of keys is made once.
const keysOf = new WeakMap<AnalyzedText, ReadonlySet<string>>();

/** The keys specificKeys made for `analyzed` earlier, if it did. */
export function knownSpecificKeys(analyzed: AnalyzedText): ReadonlySet<string> | undefined {
  return keysOf.get(analyzed);
}

/** Gives `analyzed` (the same text unpacked again) the keys made for it before: they need its tokens counted again. */
export function adoptSpecificKeys(analyzed: AnalyzedText, keys: ReadonlySet<string>): void {
  keysOf.set(analyzed, keys);
}

/** The names and numbers of a text, as the story stage keys them (and counts their frequencies). */
export function specificKeys(analyzed: AnalyzedText): ReadonlySet<string> {
  const known = keysOf.get(analyzed);
  if (known) return known;
  const keys = new Set(Object.keys(bodyFeatures(analyzed).specifics));
  keysOf.set(analyzed, keys);
  return keys;
}

/** Stored frequencies with a batch's documents added (each counted once per key). */
export function withBatch(stored: { readonly documents: number; readonly df: ReadonlyMap<string, number> }, batch: readonly ReadonlySet<string>[]): Rarity {
  const added = new Map<string, number>();
  for (const keys of batch) for (const key of keys) added.set(key, (added.get(key) ?? 0) + 1);
  return { documents: stored.documents + batch.length, df: (key) => (stored.df.get(key) ?? 0) + (added.get(key) ?? 0) };
}

const idf = (key: string, rarity: Rarity) => Math.max(0, Math.log(rarity.documents / Math.max(rarity.df(key), 2)));

/** Specifics both texts have that are in at most `rareShare` of the documents. */
function sharedRare(keysA: ReadonlySet<string>, keysB: ReadonlySet<string>, rarity: Rarity, rareShare: number): number {
  let rare = 0;
  for (const key of keysA) if (keysB.has(key) && Math.max(rarity.df(key), 2) <= rareShare * rarity.documents) rare++;
  return rare;
}

/** Shared idf counted on both sides, over both texts' summed idf (weighted Dice). */
function sharedWeight(keysA: ReadonlySet<string>, keysB: ReadonlySet<string>, rarity: Rarity): number {
  let shared = 0;
  let total = 0;
  for (const key of keysA) {
    const w = idf(key, rarity);
    total += w;
    if (keysB.has(key)) shared += w;
  }
  for (const key of keysB) total += idf(key, rarity);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How much of their specific weight two texts share, and how many rare specifics. */
export function storyEvidence(a: AnalyzedText, b: AnalyzedText, rarity: Rarity, rareShare: number = STORY_LINK.rareShare): StoryEvidence {
  const [keysA, keysB] = [specificKeys(a), specificKeys(b)];
  return { share: sharedWeight(keysA, keysB, rarity), rare: sharedRare(keysA, keysB, rarity, rareShare) };
}

/** A pair's evidence for a stored same-story link, each part computed only when asked. */
export interface PairEvidence {
  rare(): number;
  share(): number;
  /** The judge's shared vocabulary (every content word of both texts). */
  vocabulary(): number;
}

/**
 * A stored same-story link: a few rare shared specifics, a large enough share of the specific weight,
 * and the judge's shared vocabulary. Asked cheapest first, each part only when the ones before pass:
 * the rare specifics are a few set probes, the share a logarithm per key, the vocabulary every content
 * word of both texts, and most pairs checked share no rare specific.
 */
export function isStoryLink(evidence: PairEvidence, rule: Pick<StoryLinkRule, 'minShare' | 'minRare'> = STORY_LINK): boolean {
  return evidence.rare() >= rule.minRare && evidence.share() >= rule.minShare && evidence.vocabulary() >= THRESHOLDS.sameStoryVocabulary;
}

/** isStoryLink of two texts, their vocabulary overlap given by `vocabulary` (asked last, if at all). */
export function isStoryPair(a: AnalyzedText, b: AnalyzedText, rarity: Rarity, vocabulary: () => number): boolean {
  const [keysA, keysB] = [specificKeys(a), specificKeys(b)];
  return isStoryLink({ rare: () => sharedRare(keysA, keysB, rarity, STORY_LINK.rareShare), share: () => sharedWeight(keysA, keysB, rarity), vocabulary });
}

/**
 * Whether two texts with these names and numbers (specificKeys) share enough rare ones to be a
 * stored same-story link: isStoryLink's first test, told without either text's analysis, which most
 * pairs checked then need not load.
 */
export function sharesRareSpecifics(keysA: ReadonlySet<string>, keysB: ReadonlySet<string>, rarity: Rarity): boolean {
  return sharedRare(keysA, keysB, rarity, STORY_LINK.rareShare) >= STORY_LINK.minRare;
}
