/**
 * @module report/marked-text
 * One side of a CompareReport as its cleaned text with passages and facts marked, for both the
 * `--html` report (as an HTML string) and the web UI (as DOM nodes; esbuild bundles this module for
 * the browser, see scripts/build.mjs). Each passage becomes one element coloured by kind and tied to
 * its partner on the other side by `data-p`; each fact inside it becomes a `<mark>` with an id the
 * fact list links to. Both outputs are built from one node tree, so the two cannot drift apart.
 */
import type { Span } from '../core/types.js';
import type { CompareReport, ReportPassage } from './compare-report.js';
import { escapeHtml } from './escape-html.js';
import { locateFact, segmentSpans, type Run } from './segment-spans.js';

export type SideKey = 's' | 'd';

/** An element of the marked text; attributes keep their order, text children are plain strings. */
export interface MarkedElement {
  readonly tag: 'span' | 'mark';
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly MarkedNode[];
}
export type MarkedNode = string | MarkedElement;

/** Where each fact of the report stands in each text, in fact order (null when it cannot be found). */
export interface LocatedFact {
  readonly source: Span | null;
  readonly derivative: Span | null;
}

export function locateFacts(report: CompareReport): LocatedFact[] {
  return report.facts.map((fact) => ({
    source: locateFact(report.source.text, fact.source, fact.sourceContext, fact.sourceSpan),
    derivative: locateFact(report.derivative.text, fact.derivative, fact.derivativeContext, fact.derivativeSpan),
  }));
}

interface SidePassage {
  readonly index: number;
  readonly passage: ReportPassage;
  readonly span: Span;
  /** Whether the other text holds a partner to jump to. */
  readonly linked: boolean;
}

const SIDE: Record<SideKey, 'source' | 'derivative'> = { s: 'source', d: 'derivative' };
const OTHER: Record<SideKey, 'source' | 'derivative'> = { s: 'derivative', d: 'source' };

export function markedSide(report: CompareReport, key: SideKey, located: readonly LocatedFact[] = locateFacts(report)): MarkedNode[] {
  const side = SIDE[key];
  const text = report[side].text;
  const passages: SidePassage[] = report.passages.flatMap((passage, index) => {
    const span = passage[side];
    return span ? [{ index, passage, span: tighten(text, span), linked: Boolean(passage.source && passage.derivative) }] : [];
  });
  const facts = report.facts.flatMap((fact, index) => {
    const span = located[index]?.[side];
    return span ? [{ index, status: fact.status, span }] : [];
  });
  const runs = segmentSpans(text.length, [...passages.map((p) => p.span), ...facts.map((f) => f.span)]);
  const usedIds = new Set<string>();
  const idOnce = (id: string): Record<string, string> => (usedIds.has(id) ? {} : (usedIds.add(id), { id }));
  const passageOf = (run: Run) => {
    const mark = run.marks.find((m) => m < passages.length);
    return mark === undefined ? null : passages[mark];
  };
  const runNode = (run: Run): MarkedNode => {
    let node: MarkedNode = text.slice(run.start, run.end);
    // Innermost first, so the first-listed fact ends up outermost.
    for (const mark of [...run.marks].reverse()) {
      if (mark < passages.length) continue;
      const fact = facts[mark - passages.length];
      node = { tag: 'mark', attrs: { class: `fact st-${fact.status}`, 'data-f': String(fact.index), ...idOnce(`${key}-f${fact.index}`) }, children: [node] };
    }
    return node;
  };
  const nodes: MarkedNode[] = [];
  let i = 0;
  while (i < runs.length) {
    const passage = passageOf(runs[i]);
    let j = i;
    while (j < runs.length && passageOf(runs[j]) === passage) j++;
    const inner = runs.slice(i, j).map(runNode);
    if (passage) nodes.push(passageElement(passage, key, inner, idOnce));
    else nodes.push(...inner);
    i = j;
  }
  return nodes;
}

/** Without the whitespace at its edges, which would otherwise show as empty outlined boxes. */
function tighten(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function passageElement(p: SidePassage, key: SideKey, children: MarkedNode[], idOnce: (id: string) => Record<string, string>): MarkedElement {
  const { kind, similarity } = p.passage;
  const title = p.linked
    ? `${kind}, ${Math.round(similarity * 100)}% similar; press Enter to show it in the ${OTHER[key]}`
    : `${kind}: only in the ${SIDE[key]}`;
  // Only linked passages are tab stops: added and dropped ones have nowhere to jump to.
  const tab: Record<string, string> = p.linked ? { tabindex: '0' } : {};
  return { tag: 'span', attrs: { class: `pass k-${kind}`, 'data-p': String(p.index), ...idOnce(`${key}-p${p.index}`), ...tab, title }, children };
}

export function markedHtml(nodes: readonly MarkedNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      const attrs = Object.entries(node.attrs).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
      return `<${node.tag}${attrs.join('')}>${markedHtml(node.children)}</${node.tag}>`;
    })
    .join('');
}

/** DOM nodes through text nodes and attributes only, never an HTML string. */
export function markedDom(nodes: readonly MarkedNode[], doc: Document): Node[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return doc.createTextNode(node);
    const el = doc.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
    el.append(...markedDom(node.children, doc));
    return el;
  });
}
