/**
 * @module eval/run-suites
 * Runs the registered suites one after another (each may use both cores itself), timing each and
 * collecting results; a skipped suite (absent data) yields no result.
 */
import { NewstraceError } from '../core/errors.js';
import * as registry from './suites.js';
import type { EvalContext, EvalResult, EvalSuite } from './suite.js';

const isSuite = (value: unknown): value is EvalSuite =>
  typeof value === 'object' && value !== null && typeof (value as EvalSuite).name === 'string' && typeof (value as EvalSuite).run === 'function';

/** Every suite exported by `eval/suites.ts`, in export-name order. */
export function registeredSuites(): EvalSuite[] {
  return Object.values(registry).filter(isSuite);
}

export interface SuiteRun {
  readonly results: readonly EvalResult[];
  readonly skipped: readonly string[];
}

export async function runSuites(suites: readonly EvalSuite[], context: EvalContext): Promise<SuiteRun> {
  const results: EvalResult[] = [];
  const skipped: string[] = [];
  for (const suite of suites) {
    const started = performance.now();
    const log = (message: string): void => context.log(`[${suite.name}] ${message}`);
    const result = await suite.run({ ...context, log });
    if (!result) {
      skipped.push(suite.name);
      continue;
    }
    const seconds = (performance.now() - started) / 1000;
    log(`done in ${seconds.toFixed(1)} s`);
    results.push({ ...result, metrics: { ...result.metrics, runSeconds: Math.round(seconds * 10) / 10 } });
  }
  return { results, skipped };
}

/** Suites named in `only` (comma-separated names or name prefixes), or all of them. */
export function selectSuites(suites: readonly EvalSuite[], only: string | undefined): EvalSuite[] {
  if (!only) return [...suites];
  const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !suites.some((s) => s.name.startsWith(w)));
  if (unknown.length > 0) throw new NewstraceError('usage', `unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
  return suites.filter((s) => wanted.some((w) => s.name.startsWith(w)));
}
