/**
 * @module report/top-differences
 * The short list a report leads with: at most ten findings, the ones a fact-checker reads first.
 * Changed and added values outrank omissions (a retelling may shorten, it may not alter); within
 * each, names, amounts, quotations and attributions come before dates, dates before statements, and
 * a change before an addition. Ties keep the order of the full list.
 */
import type { FactStatus, FactType } from '../core/types.js';
import type { ReportFact } from './compare-report.js';

export const TOP_DIFFERENCES = 10;

const STATUS_WEIGHT: Readonly<Record<FactStatus, number>> = { changed: 3, unsupported: 2, dropped: 1, kept: 0 };
const TYPE_WEIGHT: Readonly<Record<FactType, number>> = {
  person: 3, organization: 3, place: 3, entity: 3, number: 3, money: 3, quote: 3, attribution: 3, date: 2, claim: 1,
};

/** Indices into `facts` of the top differences, most important first. */
export function topDifferences(facts: readonly ReportFact[], limit = TOP_DIFFERENCES): number[] {
  const altered = (f: ReportFact) => (f.status === 'changed' || f.status === 'unsupported' ? 1 : 0);
  const weight = (f: ReportFact) => altered(f) * 100 + (TYPE_WEIGHT[f.type] ?? 1) * 10 + STATUS_WEIGHT[f.status];
  return facts
    .map((fact, index) => ({ index, weight: weight(fact) }))
    .filter(({ index }) => facts[index].status !== 'kept')
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ index }) => index);
}
