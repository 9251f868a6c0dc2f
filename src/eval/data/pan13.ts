/**
 * @module eval/data/pan13
 * The PAN 2013 no-obfuscation copy: a pairs file, `src/` and `susp/` documents and one gold XML per
 * pair in `annotations/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PanAnnotation } from '../metrics/index.js';
import { readPanXml } from '../../pan/detection-xml.js';
import { detectionFileName, parsePairsFile, type PanPair } from '../../pan/pairs-file.js';

export interface Pan13Corpus {
  readonly pairs: readonly PanPair[];
  readonly gold: readonly PanAnnotation[];
  readonly sourceDir: string;
  readonly suspiciousDir: string;
}

export function loadPan13(dir: string): Pan13Corpus {
  const pairsPath = join(dir, 'pairs');
  const { pairs, problems } = parsePairsFile(readFileSync(pairsPath, 'utf8'), pairsPath);
  if (problems.length > 0) throw problems[0];
  const gold = pairs.flatMap((pair) => {
    const path = join(dir, 'annotations', detectionFileName(pair));
    return readPanXml(readFileSync(path, 'utf8'), path).map((a) => ({ ...a, sourceReference: a.sourceReference || pair.source }));
  });
  return { pairs, gold, sourceDir: join(dir, 'src'), suspiciousDir: join(dir, 'susp') };
}
