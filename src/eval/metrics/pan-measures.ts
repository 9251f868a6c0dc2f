/**
 * @module eval/metrics/pan-measures
 * The PAN text-alignment measures (macro precision/recall over characters, granularity, plagdet),
 * implemented from their published definition. A detection "overlaps" a case when both name the same
 * document pair and their ranges intersect on every scored side.
 */

/** One plagiarism case or detection: a range in the suspicious document and one in the source. */
export interface PanAnnotation {
  readonly thisReference: string;
  readonly sourceReference: string;
  readonly thisOffset: number;
  readonly thisLength: number;
  readonly sourceOffset: number;
  readonly sourceLength: number;
}

export interface PanMeasureOptions {
  /**
   * `both` is the official measure. `this` scores the suspicious side only (used when the source
   * texts are not the ones the offsets were made on).
   */
  readonly sides?: 'both' | 'this';
  /** Characters of slack on the source side when deciding overlap (approximate source offsets). */
  readonly sourceTolerance?: number;
}

export interface PanScores {
  readonly precision: number;
  readonly recall: number;
  readonly granularity: number;
  readonly plagdet: number;
}

type Range = readonly [number, number];

const pairKey = (a: PanAnnotation): string => `${a.thisReference}\u0000${a.sourceReference}`;
const thisRange = (a: PanAnnotation): Range => [a.thisOffset, a.thisOffset + a.thisLength];
const sourceRange = (a: PanAnnotation): Range => [a.sourceOffset, a.sourceOffset + a.sourceLength];
const intersects = (a: Range, b: Range, slack = 0): boolean => a[0] < b[1] + slack && b[0] < a[1] + slack;

/** Characters of `range` covered by the union of `others`. */
function coveredChars(range: Range, others: readonly Range[]): number {
  const clipped = others
    .map(([s, e]): Range => [Math.max(s, range[0]), Math.min(e, range[1])])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = range[0];
  for (const [s, e] of clipped) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

function groupByPair(items: readonly PanAnnotation[]): Map<string, PanAnnotation[]> {
  const groups = new Map<string, PanAnnotation[]>();
  for (const item of items) {
    const list = groups.get(pairKey(item));
    if (list) list.push(item);
    else groups.set(pairKey(item), [item]);
  }
  return groups;
}

function overlapping(a: PanAnnotation, others: readonly PanAnnotation[], options: PanMeasureOptions): PanAnnotation[] {
  const bothSides = (options.sides ?? 'both') === 'both';
  return others.filter(
    (b) => intersects(thisRange(a), thisRange(b)) && (!bothSides || intersects(sourceRange(a), sourceRange(b), options.sourceTolerance ?? 0)),
  );
}

/** Mean, over `cases`, of the share of each case's characters covered by overlapping `detections`. */
export function macroRecall(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[], options: PanMeasureOptions = {}): number {
  if (cases.length === 0) return detections.length === 0 ? 1 : 0;
  if (detections.length === 0) return 0;
  const bothSides = (options.sides ?? 'both') === 'both';
  const byPair = groupByPair(detections);
  let sum = 0;
  for (const c of cases) {
    const hits = overlapping(c, byPair.get(pairKey(c)) ?? [], options);
    let covered = coveredChars(thisRange(c), hits.map(thisRange));
    let length = c.thisLength;
    if (bothSides) {
      covered += coveredChars(sourceRange(c), hits.map(sourceRange));
      length += c.sourceLength;
    }
    sum += length > 0 ? covered / length : 0;
  }
  return sum / cases.length;
}

/** Macro precision is macro recall with the roles of cases and detections swapped. */
export function macroPrecision(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[], options: PanMeasureOptions = {}): number {
  return macroRecall(detections, cases, options);
}

/** Mean number of detections overlapping each detected case (1 is ideal). */
export function granularity(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[], options: PanMeasureOptions = {}): number {
  const byPair = groupByPair(detections);
  let detected = 0;
  let total = 0;
  for (const c of cases) {
    const n = overlapping(c, byPair.get(pairKey(c)) ?? [], options).length;
    if (n > 0) {
      detected += 1;
      total += n;
    }
  }
  return detected === 0 ? 1 : total / detected;
}

export function plagdetScore(precision: number, recall: number, gran: number): number {
  if (precision + recall === 0) return 0;
  const f1 = (2 * precision * recall) / (precision + recall);
  return f1 / Math.log2(1 + gran);
}

export function panScores(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[], options: PanMeasureOptions = {}): PanScores {
  const precision = macroPrecision(cases, detections, options);
  const recall = macroRecall(cases, detections, options);
  const gran = granularity(cases, detections, options);
  return { precision, recall, granularity: gran, plagdet: plagdetScore(precision, recall, gran) };
}
