/**
 * @module eval/results-table
 * The one table `npm run eval` prints: set, metric, value, target, baseline.
 */
import type { Figures } from './baseline.js';
import { isLowerBetter } from './baseline.js';
import type { EvalResult } from './suite.js';

const format = (value: number | undefined): string =>
  value === undefined ? '' : Number.isNaN(value) ? 'n/a' : Number.isInteger(value) ? String(value) : value.toFixed(3);

export function resultsTable(results: readonly EvalResult[], baseline: Figures = {}): string {
  const rows: string[][] = [['set', 'metric', 'value', 'target', 'baseline']];
  for (const result of results) {
    for (const [metric, value] of Object.entries(result.metrics)) {
      const target = result.targets?.[metric];
      const targetText = target === undefined ? '' : `${isLowerBetter(metric) ? '<=' : '>='} ${format(target)}`;
      const missed = target !== undefined && (isLowerBetter(metric) ? value > target : value < target);
      rows.push([result.name, metric, format(value) + (missed ? ' *' : ''), targetText, format(baseline[result.name]?.[metric])]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]): string => r.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), '(* = below target)'].join('\n');
}
