/**
 * @module audit/test-support/audit-pair
 * The audit of two small English texts with a hand-made alignment (sentence pairs), for tests.
 */
import type { Alignment, FactDiff } from '../../core/types.js';
import { analyze } from '../../text/index.js';
import { auditFacts } from '../audit-facts.js';

export function auditPair(source: string, derivative: string, pairs: Array<[number, number]>): FactDiff[] {
  const alignment: Alignment = {
    passages: [],
    scores: { sourceCoverage: 0, derivativeCoverage: 0, similarity: 0 },
    links: pairs.map(([s, d]) => ({ source: s, derivative: d, similarity: 0.6 })),
  };
  return auditFacts(analyze(source, { language: 'en' }), analyze(derivative, { language: 'en' }), alignment);
}
