/**
 * @module eval/metrics/link-prf
 * Precision/recall/F1 of predicted links (e.g. candidate paragraph -> source paragraph) against gold
 * links, as sets of pairs.
 */
import { prf, type PrecisionRecallF1 } from './classification.js';

export interface Link {
  readonly from: string;
  readonly to: string;
}

export function linkPrf(gold: readonly Link[], predicted: readonly Link[]): PrecisionRecallF1 & { readonly truePositives: number } {
  const key = (l: Link): string => `${l.from}\u0000${l.to}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  let truePositives = 0;
  for (const k of predictedKeys) if (goldKeys.has(k)) truePositives++;
  return { ...prf(truePositives, predictedKeys.size, goldKeys.size), truePositives };
}
