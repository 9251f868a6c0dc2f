/**
 * @module eval/flag-labels
 * Precision of the rewrite audit: every flagged (non-kept) fact of a report is looked up in the
 * hand labels of eval/labels/audit-flags.json (right / wrong / duplicate / fragment) and counted per
 * type. A label is keyed by pair, status, type and the two short values, so it survives changes to
 * notes, spans and order; when the type changed since labelling, the values alone decide, because
 * whether a flagged value is a real difference does not depend on what it was typed as. Flags no label
 * covers are counted and listed, so that the labels are kept current.
 */
import { readFileSync } from 'node:fs';
import type { ReportFact } from '../report/compare-report.js';

export type FlagLabel = 'right' | 'wrong' | 'duplicate' | 'fragment';
/** status, type, source value, derivative value, label. */
export type LabelRow = readonly [string, string, string, string, FlagLabel];

export interface LabelFile {
  readonly about: string;
  readonly labels: Readonly<Record<string, readonly LabelRow[]>>;
}

export interface TypeTally {
  readonly flagged: number;
  readonly right: number;
  readonly wrong: number;
  readonly duplicate: number;
  readonly fragment: number;
}

export interface FlagScore {
  /** Labelled flags per type (unlabelled ones are in `uncovered` only). */
  readonly byType: Readonly<Record<string, TypeTally>>;
  readonly uncovered: readonly string[];
}

const LABELS: ReadonlySet<string> = new Set(['right', 'wrong', 'duplicate', 'fragment']);

export function readLabelFile(path: string): LabelFile {
  const file = JSON.parse(readFileSync(path, 'utf8')) as LabelFile;
  for (const [pair, rows] of Object.entries(file.labels)) {
    for (const row of rows) {
      if (row.length !== 5 || !LABELS.has(row[4])) throw new Error(`${path}: pair ${pair}: bad label row ${JSON.stringify(row)}`);
    }
  }
  return file;
}

const fold = (s: string | null): string => (s ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** A labelled value ending in "…" is a prefix (long values are not copied whole into the labels). */
function sameValue(labelled: string, value: string | null): boolean {
  const a = fold(labelled);
  const b = fold(value);
  return a.endsWith('…') ? b.startsWith(a.slice(0, -1)) : a === b;
}

const sameValues = (row: LabelRow, f: ReportFact) => row[0] === f.status && sameValue(row[2], f.source) && sameValue(row[3], f.derivative);

/** A human-readable line naming one flag, as listed for uncovered items. */
export function describeFlag(pair: string, f: ReportFact): string {
  return `${pair} ${f.status} ${f.type} «${f.source ?? ''}» → «${f.derivative ?? ''}»`;
}

/**
 * Labels each flagged fact of one pair. Rows are consumed once each, so a value flagged twice needs
 * two rows (typically one "right" and one "duplicate").
 */
export function scoreFlags(pair: string, facts: readonly ReportFact[], rows: readonly LabelRow[]): FlagScore {
  const unused = [...rows];
  const take = (match: (row: LabelRow) => boolean): FlagLabel | null => {
    const at = unused.findIndex(match);
    return at < 0 ? null : unused.splice(at, 1)[0][4];
  };
  const byType: Record<string, { flagged: number; right: number; wrong: number; duplicate: number; fragment: number }> = {};
  const uncovered: string[] = [];
  const flagged = facts.filter((f) => f.status !== 'kept');
  const labelOf = new Map<ReportFact, FlagLabel>();
  // Exact keys first, so a type-agnostic fallback cannot take a row another flag matches exactly.
  for (const f of flagged) {
    const label = take((r) => r[1] === f.type && sameValues(r, f));
    if (label) labelOf.set(f, label);
  }
  for (const f of flagged) {
    if (labelOf.has(f)) continue;
    const label = take((r) => sameValues(r, f));
    if (label) labelOf.set(f, label);
    else uncovered.push(describeFlag(pair, f));
  }
  for (const [f, label] of labelOf) {
    const t = (byType[f.type] ??= { flagged: 0, right: 0, wrong: 0, duplicate: 0, fragment: 0 });
    t.flagged++;
    t[label]++;
  }
  return { byType, uncovered };
}

/** Tallies of several pairs added per type. */
export function sumTallies(scores: readonly FlagScore[]): Record<string, TypeTally> {
  const out: Record<string, { flagged: number; right: number; wrong: number; duplicate: number; fragment: number }> = {};
  for (const s of scores) {
    for (const [type, t] of Object.entries(s.byType)) {
      const o = (out[type] ??= { flagged: 0, right: 0, wrong: 0, duplicate: 0, fragment: 0 });
      o.flagged += t.flagged;
      o.right += t.right;
      o.wrong += t.wrong;
      o.duplicate += t.duplicate;
      o.fragment += t.fragment;
    }
  }
  return out;
}

/** Share of labelled flags that are right; 1 when nothing labelled was flagged. */
export function precisionOf(tallies: Readonly<Record<string, TypeTally>>, types?: readonly string[]): number {
  const picked = Object.entries(tallies).filter(([t]) => !types || types.includes(t)).map(([, v]) => v);
  const flagged = picked.reduce((n, t) => n + t.flagged, 0);
  return flagged === 0 ? 1 : picked.reduce((n, t) => n + t.right, 0) / flagged;
}
