/**
 * @module eval/baseline
 * The committed quick-mode figures (`eval-baseline.json`) and the regression check CI runs against
 * them. Timing figures are machine-dependent and never gated.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EvalResult } from './suite.js';

export type Figures = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface BaselineFile {
  readonly mode: 'quick';
  readonly written: string;
  readonly figures: Figures;
}

/** Allowed drop before CI fails: 2 points. */
export const REGRESSION_TOLERANCE = 0.02;

export const isTiming = (metric: string): boolean => /Seconds$|PerSecond$/.test(metric);
/** Judged by the metric's own name: a suite may prefix its metrics by part (`bbc.largestStory`). */
export const isLowerBetter = (metric: string): boolean => /Seconds$|^granularity|^falseFlags|^failed|^largestStory|^shareInLarge/.test(metric.split('.').pop()!);

/**
 * Gated: rates (baseline in 0..1, where "2 points" means 0.02) and lower-is-better figures. Counts
 * such as `found`, `total` or `itemsFlagged` are context for the rates, not goals in themselves.
 */
export const isGated = (metric: string, baseline: number): boolean =>
  !isTiming(metric) && (isLowerBetter(metric) || (baseline >= 0 && baseline <= 1));

export function figuresOf(results: readonly EvalResult[]): Record<string, Record<string, number>> {
  return Object.fromEntries(results.map((r) => [r.name, { ...r.metrics }]));
}

export function readBaseline(path: string): BaselineFile | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
}

/** Baseline figures with `results` merged in (suites not run keep their old figures). */
export function updatedBaseline(previous: BaselineFile | null, results: readonly EvalResult[], written: string): BaselineFile {
  return { mode: 'quick', written, figures: { ...(previous?.figures ?? {}), ...figuresOf(results) } };
}

/** One message per figure that fell more than the tolerance below (or rose above) its baseline. */
export function regressions(results: readonly EvalResult[], baseline: Figures, tolerance = REGRESSION_TOLERANCE): string[] {
  const problems: string[] = [];
  for (const result of results) {
    const old = baseline[result.name];
    if (!old) continue;
    for (const [metric, before] of Object.entries(old)) {
      if (!isGated(metric, before)) continue;
      const now = result.metrics[metric];
      if (now === undefined || Number.isNaN(now)) {
        problems.push(`${result.name} ${metric}: missing (baseline ${before.toFixed(3)})`);
        continue;
      }
      const worse = isLowerBetter(metric) ? now - before : before - now;
      if (worse > tolerance) problems.push(`${result.name} ${metric}: ${now.toFixed(3)} vs baseline ${before.toFixed(3)}`);
    }
  }
  return problems;
}
