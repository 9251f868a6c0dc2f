/**
 * @module pan/detect
 * PAN detections for one pair: the aligner's copied and paraphrased passages on the raw texts, post-
 * processed the way PAN systems do, because PAN penalises a case split into several detections
 * (granularity) and scores each detection's precision equally: a passage mostly inside a longer one
 * is dropped, neighbours that continue each other on both sides are merged, and detections shorter
 * than a PAN case can be are dropped.
 */
import { align } from '../align/index.js';
import type { Passage, Span } from '../core/types.js';
import type { PanAnnotation } from '../eval/metrics/index.js';
import { analyze } from '../text/index.js';
import type { PanPair } from './pairs-file.js';

/** Passages closer than this, on both sides, and separated by no more than punctuation are one case. */
const MAX_MERGE_GAP = 64;
/** Shortest detection kept, in characters (the filter of Sanchez-Perez et al., PAN 2014 winner). */
const MIN_DETECTION = 150;

interface Pair {
  readonly source: Span;
  readonly suspicious: Span;
}

function continues(a: Pair, b: Pair, source: string, suspicious: string): boolean {
  const gapOk = (text: string, x: Span, y: Span): boolean =>
    y.start >= x.end - 1 && y.start - x.end <= MAX_MERGE_GAP && !/\p{L}{4}/u.test(text.slice(x.end, y.start));
  return gapOk(suspicious, a.suspicious, b.suspicious) && gapOk(source, a.source, b.source);
}

/** Suspicious-ordered passage spans, merged where they continue each other. */
export function mergeAdjacent(passages: readonly Pair[], source: string, suspicious: string): Pair[] {
  const sorted = [...passages].sort((a, b) => a.suspicious.start - b.suspicious.start);
  const merged: Pair[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && continues(last, p, source, suspicious)) {
      merged[merged.length - 1] = {
        source: { start: last.source.start, end: Math.max(last.source.end, p.source.end) },
        suspicious: { start: last.suspicious.start, end: Math.max(last.suspicious.end, p.suspicious.end) },
      };
    } else merged.push(p);
  }
  return merged;
}

/** Longest first; a passage sharing more than half of its suspicious span with a kept one goes. */
export function dropContained(passages: readonly Pair[]): Pair[] {
  const kept: Pair[] = [];
  const length = (p: Pair): number => p.suspicious.end - p.suspicious.start;
  for (const p of [...passages].sort((a, b) => length(b) - length(a) || a.suspicious.start - b.suspicious.start)) {
    const shared = kept.reduce((n, k) => n + Math.max(0, Math.min(k.suspicious.end, p.suspicious.end) - Math.max(k.suspicious.start, p.suspicious.start)), 0);
    if (shared * 2 <= length(p)) kept.push(p);
  }
  return kept;
}

const reused = (p: Passage): p is Passage & { source: Span; derivative: Span } =>
  (p.kind === 'copied' || p.kind === 'paraphrased') && p.source !== null && p.derivative !== null;

export function detectPassages(sourceText: string, suspiciousText: string, pair: Pick<PanPair, 'suspicious' | 'source'>): PanAnnotation[] {
  const alignment = align(analyze(sourceText), analyze(suspiciousText));
  const spans = alignment.passages.filter(reused).map((p) => ({ source: p.source, suspicious: p.derivative }));
  return mergeAdjacent(dropContained(spans), sourceText, suspiciousText)
    .filter((m) => m.suspicious.end - m.suspicious.start >= MIN_DETECTION)
    .map((m) => ({
    thisReference: pair.suspicious,
    sourceReference: pair.source,
    thisOffset: m.suspicious.start,
    thisLength: m.suspicious.end - m.suspicious.start,
    sourceOffset: m.source.start,
    sourceLength: m.source.end - m.source.start,
  }));
}
