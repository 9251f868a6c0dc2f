/**
 * @module report/segment-spans
 * Splits a text into consecutive runs from possibly overlapping ranges (passages, facts), so a
 * renderer can wrap each run once while knowing every range that covers it. Pure; shared by the
 * HTML report and the web UI.
 */

export interface MarkedRange {
  readonly start: number;
  readonly end: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  /** Indices into the `ranges` argument of every range covering this run, ascending. */
  readonly marks: readonly number[];
}

/**
 * Cuts `[0, length)` at every range boundary. Runs cover the whole text with no gaps; ranges are
 * clamped to the text and empty ones ignored, so bad offsets never throw or lose text.
 * @example segmentSpans(10, [{start: 2, end: 6}, {start: 4, end: 8}])
 * // [{0,2,[]}, {2,4,[0]}, {4,6,[0,1]}, {6,8,[1]}, {8,10,[]}]
 */
export function segmentSpans(length: number, ranges: readonly MarkedRange[]): Run[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, Math.trunc(n)));
  const cuts = new Set<number>([0, length]);
  const valid: { index: number; start: number; end: number }[] = [];
  ranges.forEach((range, index) => {
    const start = clamp(range.start);
    const end = clamp(range.end);
    if (end <= start) return;
    valid.push({ index, start, end });
    cuts.add(start);
    cuts.add(end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const marks = valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.index);
    runs.push({ start, end, marks });
  }
  return runs;
}

/**
 * Where a fact stands in a text: its recorded span when it fits the text, else the first occurrence
 * of the fact inside its context sentence, else of the fact anywhere, else of the context.
 */
export function locateFact(
  text: string,
  fact: string | null,
  context: string | null,
  span?: MarkedRange | null,
): MarkedRange | null {
  if (span && span.start >= 0 && span.end <= text.length && span.end > span.start) return span;
  const at = context ? text.indexOf(context) : -1;
  if (fact) {
    const inner = at >= 0 && context ? context.indexOf(fact) : -1;
    if (inner >= 0) return { start: at + inner, end: at + inner + fact.length };
    const anywhere = text.indexOf(fact);
    if (anywhere >= 0) return { start: anywhere, end: anywhere + fact.length };
  }
  return at >= 0 && context ? { start: at, end: at + context.length } : null;
}
