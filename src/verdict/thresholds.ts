/**
 * @module verdict/thresholds
 * The cut-offs of the relation decision, in one place with their reasons. They were set by reading
 * the feature distributions of the Clough & Stevenson training answers (per-category ranges) and the
 * dev-rewrites set, never on a test split; see `docs` of the eval suite for the figures.
 */
export const THRESHOLDS = {
  /**
   * Derived at all: at least this share of the derivative's characters aligned with the source...
   * (independent answers on the same topic stay below ~0.35: topical vocabulary alone rarely makes
   * sentence pairs pass the 0.33 cosine-and-Dice seed test)
   */
  minDerivedCoverage: 0.5,
  /** ...or at least this share of its words in 3-grams shared with the source (independent texts: < 0.18). */
  minDerivedVerbatim: 0.2,
  /** Near-verbatim copy: almost every word sits in a shared 3-gram. */
  copyVerbatim: 0.95,
  /** Light rewrite: most words still in shared 3-grams (sentences copied with small edits). */
  lightVerbatim: 0.7,
  /**
   * Same story rather than unrelated: the texts share at least this Dice of content stems or this
   * many names (two reports of one event share its actors and vocabulary; unrelated news shares ~0.1).
   */
  sameStoryVocabulary: 0.3,
  sameStoryNames: 3,
  /** Direction: the derivative is this much more covered than the source (it condenses the source). */
  directionMargin: 0.1,
} as const;
