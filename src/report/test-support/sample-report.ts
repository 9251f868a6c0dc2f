/**
 * @module report/test-support/sample-report
 * A small, hand-built CompareReport (a tram-line story and a loose rewrite of it) for renderer and
 * CLI tests. Offsets are computed from the texts so the fixture cannot drift out of step with them.
 */
import type { CompareReport, ReportFact, ReportPassage } from '../compare-report.js';
import type { FactStatus, FactType, PassageKind } from '../../core/types.js';

const SOURCE = [
  'The Brackenford city council voted 9-4 on Tuesday to approve a $412 million tram line along the river, the Brackenford Gazette reported.',
  'Mayor Helen Okafor called the vote "a turning point for the east side". Construction is due to begin in March 2027.',
  'Opponents said the line would cost too much.',
].join('\n\n');

const DERIVATIVE = [
  "Brackenford's council approved a $450 million tram line on Tuesday, according to local officials.",
  'Mayor Helen Okafor called the vote "a turning point for the east side". The line will carry 30,000 riders a day.',
].join('\n\n');

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function passage(kind: PassageKind, source: string | null, derivative: string | null, similarity: number): ReportPassage {
  return {
    kind,
    source: source === null ? null : span(SOURCE, source),
    derivative: derivative === null ? null : span(DERIVATIVE, derivative),
    similarity,
  };
}

function fact(
  status: FactStatus,
  type: FactType,
  source: [string, string] | null,
  derivative: [string, string] | null,
  note: string,
): ReportFact {
  return {
    status,
    type,
    source: source?.[0] ?? null,
    derivative: derivative?.[0] ?? null,
    sourceContext: source?.[1] ?? null,
    derivativeContext: derivative?.[1] ?? null,
    note,
    sourceSpan: source ? span(SOURCE, source[0]) : null,
    derivativeSpan: derivative ? span(DERIVATIVE, derivative[0]) : null,
  };
}

const S1 = SOURCE.split('\n\n')[0];
const S2 = 'Mayor Helen Okafor called the vote "a turning point for the east side".';
const S3 = 'Construction is due to begin in March 2027.';
const D1 = DERIVATIVE.split('\n\n')[0];
const D3 = 'The line will carry 30,000 riders a day.';

/** A fresh copy each call, so a test may change it freely. */
export function sampleReport(): CompareReport {
  return {
    source: { title: 'Council approves riverside tram line', language: 'en', text: SOURCE, label: 'original.txt', format: 'text', byline: null, published: null },
    derivative: { title: 'Riverside tram gets the green light', language: 'en', text: DERIVATIVE, label: 'rewrite.txt', format: 'text', byline: null, published: null },
    verdict: {
      relation: 'light-rewrite',
      direction: 'source-to-derivative',
      explanation:
        'The rewrite reuses 2 of 4 source sentences, one word for word, and keeps the quote; it changes the cost and the attribution, drops the start date and the opposition, and adds a ridership figure the source does not give.',
      evidence: { sourceCoverage: 0.62, derivativeCoverage: 0.71 },
    },
    scores: { sourceCoverage: 0.62, derivativeCoverage: 0.71, similarity: 0.48 },
    passages: [
      passage('paraphrased', S1, D1, 0.58),
      passage('copied', S2, S2, 1),
      passage('dropped', S3, null, 0),
      passage('dropped', 'Opponents said the line would cost too much.', null, 0),
      passage('added', null, D3, 0),
    ],
    facts: [
      fact('changed', 'money', ['$412 million', S1], ['$450 million', D1], 'amount differs: $412 million → $450 million'),
      fact('changed', 'attribution', ['the Brackenford Gazette reported', S1], ['according to local officials', D1], 'attributed to someone else'),
      fact('kept', 'person', ['Helen Okafor', S2], ['Helen Okafor', S2], ''),
      fact('dropped', 'number', ['9-4', S1], null, 'the vote count is missing'),
      fact('dropped', 'date', ['March 2027', S3], null, 'not in the derivative'),
      fact('unsupported', 'number', null, ['30,000 riders', D3], 'no ridership figure in the source'),
    ],
    top: [1, 0, 5, 3, 4],
    summary: { kept: 1, changed: 2, unsupported: 1, dropped: 2 },
    version: '0.1.0',
  };
}
