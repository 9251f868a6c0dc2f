/**
 * @module report/fact-note
 * Audit notes read "reason: values" so they stand alone in JSON; beside the values a renderer
 * already shows, only the reason is worth repeating.
 */
import type { ReportFact } from './compare-report.js';

/** @example factReason({note: 'amount differs: $412 million → $450 million', source: '$412 million', …}) // 'amount differs' */
export function factReason(fact: Pick<ReportFact, 'note' | 'source' | 'derivative'>): string {
  const colon = fact.note.indexOf(': ');
  if (colon < 0) return fact.note;
  const tail = fact.note.slice(colon + 2).toLowerCase();
  const repeats = [fact.source, fact.derivative].some((value) => value && tail.includes(value.toLowerCase()));
  return repeats ? fact.note.slice(0, colon) : fact.note;
}
