/**
 * @module report/render-html
 * `compare --html`: one self-contained page with the verdict and scores on top, the two cleaned
 * texts side by side with linked passages and marked facts, and the fact list linking into both.
 */
import { createHash } from 'node:crypto';
import { percent } from '../core/format.js';
import type { FactStatus, PassageKind, Span } from '../core/types.js';
import type { CompareReport, ReportFact, ReportSide } from './compare-report.js';
import { escapeHtml as esc } from './escape-html.js';
import { factReason } from './fact-note.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { locateFacts, markedHtml, markedSide, type LocatedFact, type SideKey } from './marked-text.js';

const KINDS: readonly [PassageKind, string][] = [
  ['copied', 'copied word for word'],
  ['paraphrased', 'same content, reworded'],
  ['added', 'only in the derivative'],
  ['dropped', 'only in the source'],
];
const STATUSES: readonly [FactStatus, string][] = [
  ['changed', 'Changed'],
  ['unsupported', 'Unsupported: in the derivative, not in the source'],
  ['dropped', 'Dropped: in the source, gone from the derivative'],
  ['kept', 'Kept'],
];
const DIRECTION = {
  'source-to-derivative': 'source → derivative',
  'derivative-to-source': 'derivative → source (the inputs look swapped)',
  unknown: 'direction unknown',
} as const;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page runs only its own inline script and style, pinned by hash: no `'unsafe-inline'`, so even
 * markup that slipped past escaping could not run a script or load anything.
 */
const CSP = [
  "default-src 'none'",
  `style-src ${sha256(REPORT_CSS)}`,
  `script-src ${sha256(REPORT_JS)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function renderHtml(report: CompareReport): string {
  const located = locateFacts(report);
  const marked = (key: SideKey) => markedHtml(markedSide(report, key, located));
  const title = `newstrace: ${report.source.title ?? report.source.label ?? 'source'} → ${report.derivative.title ?? report.derivative.label ?? 'derivative'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#facts">Skip to the fact list</a>
${renderHeader(report)}
<main>
<section class="texts" aria-label="The two texts">
${renderSide('s', 'Source', report.source, marked('s'))}
${renderSide('d', 'Derivative', report.derivative, marked('d'))}
</section>
${renderFacts(report.facts, located, report.top.filter((i) => report.facts[i] !== undefined))}
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function renderHeader(report: CompareReport): string {
  const { relation, direction, explanation } = report.verdict;
  const count = (kind: PassageKind) => report.passages.filter((p) => p.kind === kind).length;
  const legend = KINDS.map(([kind, label]) => `<li><span class="swatch k-${kind}"></span>${kind} (${count(kind)}): ${label}</li>`);
  return `<header>
<h1>newstrace compare</h1>
<p class="verdict"><span class="relation r-${esc(relation)}">${esc(relation.replace('-', ' '))}</span><span class="direction">${esc(DIRECTION[direction] ?? direction)}</span></p>
<p class="explanation">${esc(explanation)}</p>
<dl class="scores">
<div><dt>of the source reused</dt><dd>${percent(report.scores.sourceCoverage)}</dd></div>
<div><dt>of the derivative from the source</dt><dd>${percent(report.scores.derivativeCoverage)}</dd></div>
<div><dt>similarity (0–1)</dt><dd>${report.scores.similarity.toFixed(2)}</dd></div>
</dl>
<ul class="legend" aria-label="Passage colours">${legend.join('')}</ul>
</header>`;
}

function renderSide(key: SideKey, heading: string, side: ReportSide, marked: string): string {
  const meta = [side.label, side.language, side.format === 'html' ? 'HTML page' : null].filter(Boolean).join(' · ');
  const byline = [side.byline, side.published].filter(Boolean).join(' · ');
  // Extraction keeps a headline as the text's first line; showing it twice adds nothing.
  const showTitle = side.title !== null && !side.text.slice(0, side.title.length + 4).includes(side.title);
  return `<article class="side" aria-labelledby="h-${key}">
<h2 id="h-${key}">${heading}<small>${esc(meta)}</small></h2>
${showTitle ? `<p class="title"><strong>${esc(side.title ?? '')}</strong></p>` : ''}${byline ? `<p class="byline">${esc(byline)}</p>` : ''}
<div class="text" data-side="${key}" tabindex="-1">${marked}</div>
</article>`;
}

function renderFacts(facts: readonly ReportFact[], located: readonly LocatedFact[], top: readonly number[]): string {
  const groups = STATUSES.map(([status, heading]) => {
    const items = facts.flatMap((fact, index) => (fact.status === status ? [renderFact(fact, index, located[index])] : []));
    if (items.length === 0) return '';
    const list = `<ol>${items.join('\n')}</ol>`;
    // Kept facts are reassurance, not findings: folded away so the findings stay on one screen.
    if (status === 'kept') return `<details><summary>${heading} (${items.length})</summary>${list}</details>`;
    return `<h3 class="h-${status}">${heading} (${items.length})</h3>\n${list}`;
  });
  const lead = top.length === 0 ? '' : `<h3 class="h-top">Top differences</h3>\n<ol class="top">${top.map((i) => `<li><span class="ftype">${esc(facts[i].status)} ${esc(facts[i].type)}</span>${factValues(facts[i], i, located[i])}</li>`).join('\n')}</ol>\n<h3>All findings</h3>`;
  const body = lead + (groups.join('\n') || '<p>No facts were found in either text.</p>');
  return `<section class="facts" id="facts" aria-label="Fact audit" tabindex="-1">\n<h2>Fact audit</h2>\n${body}\n</section>`;
}

/** The fact's value(s), source → derivative, each linking to where it stands in its text. */
function factValues(fact: ReportFact, index: number, where: LocatedFact): string {
  const link = (key: SideKey, value: string | null, found: Span | null, side: string) => {
    if (value === null) return '';
    return found ? `<a href="#${key}-f${index}" title="show in the ${side}">${esc(value)}</a>` : esc(value);
  };
  return [link('s', fact.source, where.source, 'source'), link('d', fact.derivative, where.derivative, 'derivative')].filter(Boolean).join(' → ');
}

function renderFact(fact: ReportFact, index: number, where: LocatedFact): string {
  const reason = factReason(fact);
  const note = reason ? `<span class="note" title="${esc(fact.note)}">${esc(reason)}</span>` : '';
  return `<li data-f="${index}"><span class="ftype">${esc(fact.type)}</span>${factValues(fact, index, where)}${note}</li>`;
}
