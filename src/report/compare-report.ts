/**
 * @module report/compare-report
 * The JSON contract of `newstrace compare --json` and `POST /api/compare`. Field names are part of
 * the public interface: add fields, never rename them.
 */
import type { Direction, FactStatus, FactType, PassageKind, Relation, Span } from '../core/types.js';

export interface ReportSide {
  readonly title: string | null;
  readonly language: string;
  readonly text: string;
  readonly byline?: string | null;
  readonly published?: string | null;
  readonly format?: 'text' | 'html';
  /** File name or label the side was read from. */
  readonly label?: string | null;
}

export interface ReportPassage {
  readonly kind: PassageKind;
  readonly source: Span | null;
  readonly derivative: Span | null;
  readonly similarity: number;
}

export interface ReportFact {
  readonly status: FactStatus;
  readonly type: FactType;
  readonly source: string | null;
  readonly derivative: string | null;
  readonly sourceContext: string | null;
  readonly derivativeContext: string | null;
  readonly note: string;
  /** Where the fact stands in each cleaned text, for linking. */
  readonly sourceSpan?: Span | null;
  readonly derivativeSpan?: Span | null;
}

export interface CompareReport {
  readonly source: ReportSide;
  readonly derivative: ReportSide;
  readonly verdict: {
    readonly relation: Relation;
    readonly direction: Direction;
    readonly explanation: string;
    readonly evidence?: Readonly<Record<string, number>>;
  };
  readonly scores: {
    readonly sourceCoverage: number;
    readonly derivativeCoverage: number;
    readonly similarity: number;
  };
  readonly passages: readonly ReportPassage[];
  readonly facts: readonly ReportFact[];
  /** Indices into `facts` of the findings a reader should see first (at most ten, most important first). */
  readonly top?: readonly number[];
  /** Counts by fact status, for quick reading and scripts. */
  readonly summary?: Readonly<Record<FactStatus, number>>;
  readonly version?: string;
}
