/**
 * @module eval/data/locate
 * Finds a data set under the shared data folder; an absent set is a logged skip, never a failure.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EvalContext } from '../suite.js';

/** `../shared/data` beside the repository root. */
export function defaultDataDir(repoRoot: string): string {
  return resolve(repoRoot, '../shared/data');
}

/** Absolute path of `relative` under the data folder, or null (after logging) when it is missing. */
export function locateDataset(context: EvalContext, relative: string): string | null {
  const path = join(context.dataDir, relative);
  if (existsSync(path)) return path;
  context.log(`skipped: ${path} not found`);
  return null;
}
