/**
 * @module server/example-pair
 * The pair the Compare page loads with one click: the seed pair from the shared folder next to the
 * repository when it is there (read at run time, never copied in), else the bundled examples.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { NewstraceError } from '../core/errors.js';
import type { CompareRequest } from './schemas.js';
import { repoRoot } from './static-files.js';

const CANDIDATES = [
  { dir: path.resolve(repoRoot, '../shared/seeds'), source: 'source-article.txt', derivative: 'rewrite.txt' },
  { dir: path.join(repoRoot, 'examples'), source: 'original.txt', derivative: 'rewrite.txt' },
];

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export async function loadExamplePair(candidates = CANDIDATES): Promise<CompareRequest> {
  for (const c of candidates) {
    const [source, derivative] = [path.join(c.dir, c.source), path.join(c.dir, c.derivative)];
    if (!(await exists(source)) || !(await exists(derivative))) continue;
    return {
      source: await readFile(source, 'utf8'),
      derivative: await readFile(derivative, 'utf8'),
      sourceLabel: c.source,
      derivativeLabel: c.derivative,
    };
  }
  // The message stays free of server paths: it reaches the client.
  throw new NewstraceError('not_found', 'no example pair is installed (neither the shared seeds nor examples/)');
}
