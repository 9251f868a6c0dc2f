/**
 * @module report/render-terminal
 * The human report of `newstrace compare`: verdict and its reason first, then the top differences,
 * scores, the aligned passages as source ↔ derivative snippets, and the full fact audit grouped by status.
 */
import type { Direction, FactStatus, PassageKind, Relation } from '../core/types.js';
import { styler, type StyleName, type Styler } from './ansi.js';
import type { CompareReport, ReportFact, ReportPassage, ReportSide } from './compare-report.js';
import { factReason } from './fact-note.js';
import { around, snippet, wrap } from './text-layout.js';

export interface TerminalOptions {
  readonly color: boolean;
  /** Columns available; 80 when unknown. */
  readonly width?: number;
  /** Every passage and the kept facts too. */
  readonly verbose?: boolean;
}

const RELATION_STYLE: Record<Relation, StyleName> = {
  copy: 'red',
  'light-rewrite': 'yellow',
  'heavy-rewrite': 'yellow',
  'partial-copy': 'yellow',
  'same-story': 'cyan',
  unrelated: 'green',
};
const KIND_STYLE: Record<PassageKind, StyleName> = { copied: 'cyan', paraphrased: 'green', added: 'yellow', dropped: 'magenta' };
const STATUS_STYLE: Record<FactStatus, StyleName> = { changed: 'yellow', unsupported: 'red', dropped: 'magenta', kept: 'dim' };
const STATUS_TITLE: Record<FactStatus, string> = {
  changed: 'Changed (source → derivative)',
  unsupported: 'Unsupported (only in the derivative)',
  dropped: 'Dropped (only in the source)',
  kept: 'Kept',
};
const DIRECTION: Record<Direction, string> = {
  'source-to-derivative': 'source → derivative',
  'derivative-to-source': 'derivative → source (the arguments look swapped)',
  unknown: 'direction unknown',
};
/** Shown without --verbose, per group; the rest is counted. Findings get more room than passages. */
const BRIEF_PASSAGES = 8;
const BRIEF_FACTS = 25;
/** Aligns fact notes and contexts under the fact's value. */
const INDENT = ' '.repeat(15);

export function renderTerminal(report: CompareReport, options: TerminalOptions): string {
  const s = styler(options.color);
  const width = Math.max(40, Math.min(options.width ?? 80, 120));
  const verbose = options.verbose ?? false;
  const out: string[] = [];
  out.push(`${s.bold('source')}      ${describeSide(report.source, width - 12)}`, `${s.bold('derivative')}  ${describeSide(report.derivative, width - 12)}`, '');
  const { relation, direction, explanation } = report.verdict;
  out.push(`${s.bold(s[RELATION_STYLE[relation]](relation.replace('-', ' ').toUpperCase()))}  ${s.dim(DIRECTION[direction])}`);
  out.push(...wrap(explanation, width, '  '), '');
  out.push(...renderTop(report, s, width));
  out.push(s.bold('Scores'), ...renderScores(report, s), '');
  out.push(...renderPassages(report, s, width, verbose), '');
  out.push(...renderFacts(report, s, width, verbose));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function describeSide(side: ReportSide, width: number): string {
  const label = snippet(side.label ?? '(unnamed)', width);
  const language = `(${side.language}${side.format === 'html' ? ', HTML' : ''})`;
  const room = width - [...label].length - language.length - 6;
  const title = side.title && room >= 12 ? `  “${snippet(side.title, room)}”` : '';
  return `${label}${title}  ${language}`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`.padStart(4);
}

function renderScores(report: CompareReport, s: Styler): string[] {
  const { sourceCoverage, derivativeCoverage, similarity } = report.scores;
  return [
    `  ${percent(sourceCoverage)}  of the source is reused in the derivative`,
    `  ${percent(derivativeCoverage)}  of the derivative comes from the source`,
    `  ${s.bold(similarity.toFixed(2).padStart(4))}  overall similarity (0 unrelated, 1 identical)`,
  ];
}

function renderPassages(report: CompareReport, s: Styler, width: number, verbose: boolean): string[] {
  const byKind = (kind: PassageKind) => report.passages.filter((p) => p.kind === kind);
  const counts = (['copied', 'paraphrased', 'added', 'dropped'] as const).map((k) => s[KIND_STYLE[k]](`${byKind(k).length} ${k}`));
  const out = [`${s.bold('Passages')}  ${counts.join(s.dim(' · '))}`];
  const at = (p: ReportPassage) => p.derivative?.start ?? p.source?.start ?? 0;
  const groups: [string, ReportPassage[]][] = [
    ['aligned', report.passages.filter((p) => p.source && p.derivative).sort((a, b) => at(a) - at(b))],
    ['added', byKind('added').sort((a, b) => at(a) - at(b))],
    ['dropped', byKind('dropped').sort((a, b) => at(a) - at(b))],
  ];
  const room = width - 7;
  for (const [, passages] of groups) {
    const shown = verbose ? passages : passages.slice(0, BRIEF_PASSAGES);
    for (const p of shown) {
      const label = p.kind === 'copied' || p.kind === 'paraphrased' ? `${p.kind} ${percent(p.similarity).trim()}` : p.kind;
      out.push(`  ${s[KIND_STYLE[p.kind]](label)}`);
      if (p.source) out.push(`    ${s.dim('S')}  ${snippet(report.source.text.slice(p.source.start, p.source.end), room)}`);
      if (p.derivative) out.push(`    ${s.dim('D')}  ${snippet(report.derivative.text.slice(p.derivative.start, p.derivative.end), room)}`);
    }
    if (shown.length < passages.length) out.push(s.dim(`  … ${passages.length - shown.length} more (--verbose shows all)`));
  }
  return out;
}

/** One line per top difference: status, type and the value(s), source → derivative. */
function renderTop(report: CompareReport, s: Styler, width: number): string[] {
  const top = (report.top).map((i) => report.facts[i]).filter((f): f is ReportFact => !!f);
  if (top.length === 0) return [];
  const room = width - 27;
  const out = [s.bold('Top differences')];
  for (const f of top) {
    const value = f.status === 'changed' ? `${snippet(f.source ?? '?', room / 2)} ${s.dim('→')} ${snippet(f.derivative ?? '?', room / 2)}` : snippet(f.source ?? f.derivative ?? '?', room);
    out.push(`  ${s[STATUS_STYLE[f.status]](f.status.padEnd(11))} ${s.dim(f.type.padEnd(12))} ${value}`);
  }
  out.push('');
  return out;
}

function renderFacts(report: CompareReport, s: Styler, width: number, verbose: boolean): string[] {
  const statuses: FactStatus[] = ['changed', 'unsupported', 'dropped', 'kept'];
  const of = (status: FactStatus) => report.facts.filter((f) => f.status === status);
  const counts = statuses.map((st) => s[STATUS_STYLE[st]](`${of(st).length} ${st}`));
  const out = [`${s.bold('Facts')}  ${counts.join(s.dim(' · '))}`];
  for (const status of statuses) {
    const facts = of(status);
    if (facts.length === 0) continue;
    if (status === 'kept' && !verbose) {
      out.push('', s.dim(`${facts.length} kept facts not shown (--verbose shows them)`));
      continue;
    }
    out.push('', s.bold(s[STATUS_STYLE[status]](`${STATUS_TITLE[status]}: ${facts.length}`)));
    const shown = verbose ? facts : facts.slice(0, BRIEF_FACTS);
    for (const fact of shown) out.push(...renderFact(fact, s, width));
    if (shown.length < facts.length) out.push(s.dim(`  … ${facts.length - shown.length} more (--verbose shows all)`));
  }
  return out;
}

function renderFact(fact: ReportFact, s: Styler, width: number): string[] {
  const room = width - INDENT.length;
  const head = `  ${s.dim(fact.type.padEnd(12))} `;
  const pair = fact.status === 'changed' || (fact.status === 'kept' && fact.source !== fact.derivative);
  const first = snippet((pair ? fact.source : (fact.source ?? fact.derivative)) ?? '?', room);
  const second = pair ? snippet(fact.derivative ?? '?', room - 2) : null;
  const out: string[] = [];
  if (second === null) out.push(head + s.bold(first));
  else if ([...first].length + [...second].length + 3 <= room) out.push(`${head}${s.bold(first)} ${s.dim('→')} ${s.bold(second)}`);
  else out.push(head + s.bold(first), `${INDENT}${s.dim('→')} ${s.bold(second)}`);
  const reason = factReason(fact);
  if (reason) out.push(...wrap(reason, width, INDENT).map((line) => s.dim(line)));
  const context = (mark: string, sentence: string | null, needle: string | null) => {
    if (!sentence) return;
    const w = around(sentence, needle, width - 18);
    out.push(`${INDENT}${s.dim(mark)}  ${w.before}${s.underline(w.match)}${w.after}`);
  };
  context('S', fact.sourceContext, fact.source);
  context('D', fact.derivativeContext, fact.derivative);
  return out;
}
