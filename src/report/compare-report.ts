/**
 * @module report/compare-report
 * The JSON contract of `newstrace compare --json` and `POST /api/compare`, as one zod schema: the
 * TypeScript types below are inferred from it, the server's OpenAPI document is generated from it,
 * and a test parses a real report with it and fails on any field it does not describe. Field names
 * are part of the public interface: add fields, never rename them. To add a field, add it here (and
 * fill it in `pipeline/compare.ts`); new fact types, statuses or relations come from the arrays of
 * `core/types.ts`.
 */
import { z } from 'zod';
import { DIRECTIONS, FACT_STATUSES, FACT_TYPES, PASSAGE_KINDS, RELATIONS } from '../core/types.js';

const span = z.object({ start: z.number().int(), end: z.number().int() }).describe('Half-open range of string offsets into the cleaned text');

export const ReportSideSchema = z.object({
  title: z.string().nullable(),
  language: z.string().describe('ISO 639-1 code, or "und"'),
  text: z.string().describe('The cleaned text every span and offset points into'),
  byline: z.string().nullable(),
  published: z.string().nullable().describe('ISO 8601, when the page states it'),
  format: z.enum(['text', 'html']),
  label: z.string().nullable().describe('File name or label the side was read from'),
});

export const ReportPassageSchema = z.object({
  kind: z.enum(PASSAGE_KINDS),
  source: span.nullable(),
  derivative: span.nullable(),
  similarity: z.number().describe('0..1; 0 for added and dropped passages'),
});

export const ReportFactSchema = z.object({
  status: z.enum(FACT_STATUSES),
  type: z.enum(FACT_TYPES),
  source: z.string().nullable(),
  derivative: z.string().nullable(),
  sourceContext: z.string().nullable().describe('The source sentence holding the fact'),
  derivativeContext: z.string().nullable(),
  note: z.string(),
  sourceSpan: span.nullable().describe('Where the fact stands in the cleaned source text'),
  derivativeSpan: span.nullable(),
});

export const CompareReportSchema = z.object({
  source: ReportSideSchema,
  derivative: ReportSideSchema,
  verdict: z.object({
    relation: z.enum(RELATIONS),
    direction: z.enum(DIRECTIONS),
    explanation: z.string(),
    evidence: z.record(z.string(), z.number()).describe('Every number the relation was decided on, by name'),
  }),
  scores: z.object({
    sourceCoverage: z.number(),
    derivativeCoverage: z.number(),
    similarity: z.number(),
  }),
  passages: z.array(ReportPassageSchema),
  facts: z.array(ReportFactSchema),
  top: z.array(z.number().int()).describe('Indices into facts of the differences a reader should see first (at most ten, most important first)'),
  summary: z.record(z.enum(FACT_STATUSES), z.number().int()).describe('Counts of the listed facts by status'),
  version: z.string().describe('newstrace version that wrote the report'),
});

export type ReportSide = z.infer<typeof ReportSideSchema>;
export type ReportPassage = z.infer<typeof ReportPassageSchema>;
export type ReportFact = z.infer<typeof ReportFactSchema>;
export type CompareReport = z.infer<typeof CompareReportSchema>;
