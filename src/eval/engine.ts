/**
 * @module eval/engine
 * The product machinery as the suites use it: analyse two raw texts, align them, judge the relation.
 * One place, so every suite measures the same pipeline.
 */
import { align } from '../align/index.js';
import type { Alignment, AnalyzedText, Verdict } from '../core/types.js';
import { analyze } from '../text/index.js';
import { judge } from '../verdict/index.js';

export interface PairAnalysis {
  readonly source: AnalyzedText;
  readonly derivative: AnalyzedText;
  readonly alignment: Alignment;
  readonly verdict: Verdict;
}

export function comparePair(sourceText: string, derivativeText: string, language?: string): PairAnalysis {
  const source = analyze(sourceText, { language });
  const derivative = analyze(derivativeText, { language });
  const alignment = align(source, derivative);
  return { source, derivative, alignment, verdict: judge(source, derivative, alignment) };
}
