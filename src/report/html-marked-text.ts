/**
 * @module report/html-marked-text
 * One cleaned text as HTML with its passages and facts marked: each passage becomes one focusable
 * element coloured by kind and tied to its partner on the other side by `data-p`; each fact inside
 * it becomes a `<mark>` with an id the fact list links to.
 */
import type { FactStatus, PassageKind, Span } from '../core/types.js';
import { escapeHtml } from './escape-html.js';
import { segmentSpans, type Run } from './segment-spans.js';

export type SideKey = 's' | 'd';

export interface MarkedPassage {
  /** Index in the report's passage list: the shared key of both sides. */
  readonly index: number;
  readonly kind: PassageKind;
  readonly span: Span;
  readonly similarity: number;
  /** Whether the other text holds a partner to jump to. */
  readonly linked: boolean;
}

export interface MarkedFact {
  readonly index: number;
  readonly status: FactStatus;
  readonly span: Span;
}

const OTHER: Record<SideKey, string> = { s: 'derivative', d: 'source' };

export function renderMarkedText(text: string, side: SideKey, passages: readonly MarkedPassage[], facts: readonly MarkedFact[]): string {
  const runs = segmentSpans(text.length, [...passages.map((p) => tighten(text, p.span)), ...facts.map((f) => f.span)]);
  const usedIds = new Set<string>();
  const idOnce = (id: string) => (usedIds.has(id) ? '' : (usedIds.add(id), ` id="${id}"`));
  const passageOf = (run: Run) => {
    const mark = run.marks.find((m) => m < passages.length);
    return mark === undefined ? null : passages[mark];
  };
  const html: string[] = [];
  let i = 0;
  while (i < runs.length) {
    const passage = passageOf(runs[i]);
    let j = i;
    while (j < runs.length && passageOf(runs[j]) === passage) j++;
    const inner = runs
      .slice(i, j)
      .map((run) => renderRun(text, run, passages.length, facts, side, idOnce))
      .join('');
    html.push(passage ? wrapPassage(passage, side, inner, idOnce) : inner);
    i = j;
  }
  return html.join('');
}

/** Without the whitespace at its edges, which would otherwise show as empty outlined boxes. */
function tighten(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function renderRun(
  text: string,
  run: Run,
  factOffset: number,
  facts: readonly MarkedFact[],
  side: SideKey,
  idOnce: (id: string) => string,
): string {
  let html = escapeHtml(text.slice(run.start, run.end));
  // Innermost first, so the first-listed fact ends up outermost.
  for (const mark of [...run.marks].reverse()) {
    if (mark < factOffset) continue;
    const fact = facts[mark - factOffset];
    html = `<mark class="fact st-${fact.status}" data-f="${fact.index}"${idOnce(`${side}-f${fact.index}`)}>${html}</mark>`;
  }
  return html;
}

function wrapPassage(p: MarkedPassage, side: SideKey, inner: string, idOnce: (id: string) => string): string {
  const share = p.linked ? ` ${Math.round(p.similarity * 100)}% similar` : '';
  const hint = p.linked ? `; press Enter to show it in the ${OTHER[side]}` : ` (only in the ${side === 's' ? 'source' : 'derivative'})`;
  // Only linked passages are tab stops: added and dropped ones have nowhere to jump to.
  const tab = p.linked ? ' tabindex="0"' : '';
  const attrs = `class="pass k-${p.kind}" data-p="${p.index}"${idOnce(`${side}-p${p.index}`)}${tab} title="${p.kind}${share}${hint}"`;
  return `<span ${attrs}>${inner}</span>`;
}
