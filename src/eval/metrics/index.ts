/** @module eval/metrics: pure scoring functions shared by every evaluation suite. */
export { accuracy, confusionMatrix, f1For, macroF1, prf, type ConfusionMatrix, type PrecisionRecallF1 } from './classification.js';
export { bCubedF1, pairwiseF1 } from './clustering.js';
export { linkPrf, type Link } from './link-prf.js';
export {
  granularity,
  macroPrecision,
  macroRecall,
  panScores,
  plagdetScore,
  type PanAnnotation,
  type PanMeasureOptions,
  type PanScores,
} from './pan-measures.js';
export { rocAuc } from './roc-auc.js';
