/**
 * @module eval/suite
 * One evaluation over one public data set in ../shared/data. `npm run eval` runs every suite and
 * prints one table; a suite whose data is absent is skipped with a message, never failed.
 */

export interface EvalContext {
  /** Absolute path of the shared data folder (../shared/data from the repository root). */
  readonly dataDir: string;
  /** Small deterministic subset, for CI. */
  readonly quick: boolean;
  log(message: string): void;
}

export interface EvalResult {
  /** Data set name, e.g. `clough-short-answers`. */
  readonly name: string;
  /** Headline figures, e.g. `{ accuracy: 0.83, macroF1: 0.81 }`; higher is better unless named `*Seconds`,
   *  `granularity`, `falseFlags*`, `failed*`, `largest*` or `shareInLarge*`, after any `part.` prefix (see eval/baseline.ts). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Goals for some metrics (a minimum, or a maximum for lower-is-better metrics); shown in the table. */
  readonly targets?: Readonly<Record<string, number>>;
  /** What was measured and how (split, fitted parameters, caveats). */
  readonly notes: readonly string[];
  readonly details?: unknown;
}

export interface EvalSuite {
  readonly name: string;
  /** Resolves to null when the data set is absent (after logging why). */
  run(context: EvalContext): Promise<EvalResult | null>;
}
