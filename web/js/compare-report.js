/**
 * @module web/compare-report
 * Renders a CompareReport: the verdict with its scores, the two texts side by side with linked
 * passages, and the fact list whose items scroll both texts to the fact.
 */
import { locateFacts, markedDom, markedSide } from '/lib/marked-text.js';
import { h, percent } from './dom.js';

const KINDS = [
  ['copied', 'copied word for word'],
  ['paraphrased', 'paraphrased'],
  ['added', 'only in the derivative'],
  ['dropped', 'only in the source'],
];
const FACT_GROUPS = [
  ['changed', 'Changed', 'Same slot, different value'],
  ['unsupported', 'Unsupported', 'In the derivative, nowhere in the source'],
  ['dropped', 'Dropped', 'In the source, gone from the derivative'],
];
const DIRECTION = {
  'source-to-derivative': 'The derivative was written from the source.',
  'derivative-to-source': 'The "derivative" looks like the original and the "source" like its retelling.',
  unknown: 'Which text came first cannot be told from the texts alone.',
};

function scoreBar(label, value) {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = percent(Math.max(0, Math.min(1, value)));
  return h('div', { class: 'score' }, h('span', { class: 'score-label' }, label), h('span', { class: 'bar', 'aria-hidden': 'true' }, fill), h('strong', null, percent(value)));
}

function verdictSection(report) {
  const { verdict, scores, summary } = report;
  const counts = summary ?? {};
  return h(
    'section',
    { class: 'card verdict', 'aria-labelledby': 'verdict-h' },
    h('h2', { id: 'verdict-h' }, 'Verdict: ', h('span', { class: `relation rel-${verdict.relation}`, 'data-testid': 'relation' }, verdict.relation)),
    h('p', { class: 'explanation' }, verdict.explanation),
    h('p', { class: 'muted' }, DIRECTION[verdict.direction] ?? verdict.direction),
    h(
      'div',
      { class: 'scores' },
      scoreBar('Source reused', scores.sourceCoverage),
      scoreBar('Derivative from source', scores.derivativeCoverage),
      scoreBar('Overall similarity', scores.similarity),
    ),
    summary
      ? h('p', { class: 'counts' }, ['changed', 'unsupported', 'dropped', 'kept'].map((k) => h('span', { class: `count st-${k}` }, `${counts[k] ?? 0} ${k}`)))
      : null,
  );
}

function legend() {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Colours of the passages' },
    KINDS.map(([kind, text]) => h('li', null, h('span', { class: `swatch k-${kind}` }), text)),
  );
}

function textColumn(report, side, key, located) {
  const info = report[side];
  const heading = info.label || info.title || side;
  return h(
    'section',
    { class: 'column', 'aria-label': `${side} text` },
    h('h3', null, side === 'source' ? 'Source' : 'Derivative', h('span', { class: 'muted' }, ` · ${heading}`)),
    // The same marked text as the --html report, from one module (src/report/marked-text.ts).
    h('div', { class: 'textbox', 'data-side': key }, h('div', { class: 'marked' }, markedDom(markedSide(report, key, located), document))),
  );
}

function factLabel(fact) {
  if (fact.status === 'changed') return [h('del', null, fact.source ?? ''), ' → ', h('ins', null, fact.derivative ?? '')];
  return [fact.status === 'dropped' ? fact.source : fact.derivative];
}

/** One fact as a button that shows it in both texts; `withStatus` names its status too (for mixed lists). */
function factButton(fact, index, withStatus = false) {
  return h(
    'button',
    { type: 'button', class: 'fact-item', dataset: { f: String(index) } },
    h('span', { class: 'fact-type' }, withStatus ? `${fact.status} ${fact.type}` : fact.type),
    h('span', { class: 'fact-value' }, factLabel(fact)),
    fact.note ? h('span', { class: 'fact-note' }, fact.note) : null,
  );
}

function factList(report) {
  const groups = FACT_GROUPS.map(([status, title, hint]) => {
    const items = report.facts.map((fact, index) => ({ fact, index })).filter(({ fact }) => fact.status === status);
    return h(
      'section',
      { class: `fact-group st-${status}`, 'data-status': status },
      h('h3', null, `${title} (${items.length})`, h('span', { class: 'muted' }, ` · ${hint}`)),
      items.length === 0
        ? h('p', { class: 'muted' }, 'None.')
        : h(
            'ul',
            null,
            items.map(({ fact, index }) => h('li', null, factButton(fact, index))),
          ),
    );
  });
  // The server orders the top differences (report.top); an older report without them shows none.
  const top = (report.top ?? []).filter((i) => report.facts[i]);
  const lead = top.length === 0
    ? null
    : h(
        'section',
        { class: 'fact-group top' },
        h('h3', null, 'Top differences', h('span', { class: 'muted' }, ' · read these first; the full list follows')),
        h('ol', null, top.map((index) => h('li', { class: `st-${report.facts[index].status}` }, factButton(report.facts[index], index, true)))),
      );
  const kept = report.facts.filter((f) => f.status === 'kept');
  return h(
    'section',
    { class: 'card facts', 'aria-labelledby': 'facts-h' },
    h('h2', { id: 'facts-h' }, 'Facts'),
    h('p', { class: 'muted' }, 'Choose a fact to show it in both texts.'),
    lead,
    groups,
    h('details', null, h('summary', null, `${kept.length} facts kept as in the source`), h('ul', { class: 'kept' }, kept.map((f) => h('li', null, `${f.type}: ${f.derivative ?? f.source}`)))),
  );
}

/** Scrolls only inside the text box, so both boxes can show their match at once. */
function scrollWithin(box, el) {
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 3;
}

function wire(root, texts) {
  const boxes = { s: texts.querySelector('[data-side="s"]'), d: texts.querySelector('[data-side="d"]') };
  const setLinked = (index, on) => root.querySelectorAll(`.pass[data-p="${index}"]`).forEach((el) => el.classList.toggle('linked', on));
  const passOf = (event) => event.target.closest?.('.pass');
  for (const type of ['mouseover', 'focusin']) texts.addEventListener(type, (e) => passOf(e) && setLinked(passOf(e).dataset.p, true));
  for (const type of ['mouseout', 'focusout']) texts.addEventListener(type, (e) => passOf(e) && setLinked(passOf(e).dataset.p, false));
  const jump = (pass) => {
    const side = pass.closest('.textbox').dataset.side === 's' ? 'd' : 's';
    const partner = boxes[side].querySelector(`.pass[data-p="${pass.dataset.p}"]`);
    if (!partner) return;
    scrollWithin(boxes[side], partner);
    partner.focus({ preventScroll: true });
  };
  texts.addEventListener('click', (e) => passOf(e) && jump(passOf(e)));
  texts.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && passOf(e)) jump(passOf(e));
  });
  root.addEventListener('click', (e) => {
    const button = e.target.closest?.('.fact-item');
    if (!button) return;
    root.querySelectorAll('.fact-item[aria-current]').forEach((b) => b.removeAttribute('aria-current'));
    root.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
    button.setAttribute('aria-current', 'true');
    texts.scrollIntoView({ block: 'start' });
    for (const key of ['s', 'd']) {
      const mark = boxes[key].querySelector(`#${key}-f${button.dataset.f}`);
      if (!mark) continue;
      boxes[key].querySelectorAll(`mark[data-f="${button.dataset.f}"]`).forEach((m) => m.classList.add('current'));
      scrollWithin(boxes[key], mark);
    }
  });
}

export function renderReport(report) {
  const located = locateFacts(report);
  const texts = h('section', { class: 'texts', 'aria-label': 'The two texts' }, textColumn(report, 'source', 's', located), textColumn(report, 'derivative', 'd', located));
  const root = h('div', { class: 'report' }, verdictSection(report), legend(), texts, factList(report));
  wire(root, texts);
  return root;
}
