/**
 * @module pipeline/compare
 * The whole comparison of a source and a retelling: align the texts, audit their facts, judge the
 * relation, and lay it all out as the CompareReport of `compare --json`.
 */
import { createRequire } from 'node:module';
import { align } from '../align/index.js';
import { auditFacts } from '../audit/index.js';
import type { Alignment, Article, Extracted, Fact, FactDiff, FactStatus, Verdict } from '../core/types.js';
import type { CompareReport, ReportFact, ReportSide } from '../report/compare-report.js';
import { topDifferences } from '../report/top-differences.js';
import { judge } from '../verdict/index.js';
import { prepareArticle } from './prepare.js';

export interface CompareOptions {
  readonly sourceLabel?: string;
  readonly derivativeLabel?: string;
}

const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export function compareArticles(source: Article, derivative: Article, options: CompareOptions = {}): CompareReport {
  const alignment = align(source.analyzed, derivative.analyzed);
  const facts = auditFacts(source.analyzed, derivative.analyzed, alignment);
  const verdict = judge(source.analyzed, derivative.analyzed, alignment, facts);
  return buildCompareReport(source, derivative, alignment, facts, verdict, options);
}

export function compareDocuments(source: Extracted, derivative: Extracted, options: CompareOptions = {}): CompareReport {
  return compareArticles(prepareArticle(source), prepareArticle(derivative), options);
}

/**
 * Independent texts are not retellings, so differences between them are not findings: an unrelated
 * pair reports only shared facts, a same-story pair only shared and changed ones.
 */
function reportable(facts: readonly FactDiff[], verdict: Verdict): readonly FactDiff[] {
  if (verdict.relation === 'unrelated') return facts.filter((f) => f.status === 'kept');
  if (verdict.relation === 'same-story' || verdict.relation === 'partial-copy') return facts.filter((f) => f.status === 'kept' || f.status === 'changed');
  return facts;
}

export function buildCompareReport(
  source: Article,
  derivative: Article,
  alignment: Alignment,
  facts: readonly FactDiff[],
  verdict: Verdict,
  options: CompareOptions = {},
): CompareReport {
  const shown = reportable(facts, verdict);
  const summary: Record<FactStatus, number> = { kept: 0, changed: 0, unsupported: 0, dropped: 0 };
  for (const f of shown) summary[f.status]++;
  const reported = shown.map((f) => reportFact(f, source, derivative));
  return {
    source: side(source, options.sourceLabel),
    derivative: side(derivative, options.derivativeLabel),
    verdict: { relation: verdict.relation, direction: verdict.direction, explanation: verdict.explanation, evidence: verdict.evidence },
    scores: { ...alignment.scores },
    passages: alignment.passages.map((p) => ({ kind: p.kind, source: p.source, derivative: p.derivative, similarity: p.similarity })),
    facts: reported,
    top: topDifferences(reported),
    summary,
    version: VERSION,
  };
}

function side(article: Article, label: string | undefined): ReportSide {
  const { extracted, analyzed } = article;
  return {
    title: extracted.title,
    language: analyzed.language,
    text: analyzed.text,
    byline: extracted.byline,
    published: extracted.published,
    format: extracted.format,
    label: label ?? null,
  };
}

function context(article: Article, fact: Fact | null): string | null {
  return fact ? (article.analyzed.sentences[fact.sentence]?.text ?? null) : null;
}

function reportFact(diff: FactDiff, source: Article, derivative: Article): ReportFact {
  return {
    status: diff.status,
    type: diff.type,
    source: diff.source?.text ?? null,
    derivative: diff.derivative?.text ?? null,
    sourceContext: context(source, diff.source),
    derivativeContext: context(derivative, diff.derivative),
    note: diff.note,
    sourceSpan: diff.source?.span ?? null,
    derivativeSpan: diff.derivative?.span ?? null,
  };
}
