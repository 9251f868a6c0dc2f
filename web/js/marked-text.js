/**
 * @module web/marked-text
 * One cleaned text as DOM with its passages and facts marked, built from the same span segmentation
 * as the HTML report: each passage is a focusable element coloured by kind and tied to its partner on
 * the other side by `data-p`; each fact inside it is a <mark> whose id the fact list scrolls to.
 */
import { segmentSpans } from '/lib/segment-spans.js';
import { h, percent } from './dom.js';

const SIDE_NAME = { s: 'source', d: 'derivative' };
const OTHER = { s: 'derivative', d: 'source' };

function passageTitle(p, side) {
  if (!p.linked) return `${p.kind}: only in the ${SIDE_NAME[side]}`;
  return `${p.kind}, ${percent(p.similarity)} similar; press Enter to show it in the ${OTHER[side]}`;
}

function runNode(text, run, passageCount, facts, side, usedIds) {
  let node = document.createTextNode(text.slice(run.start, run.end));
  for (const mark of [...run.marks].reverse()) {
    if (mark < passageCount) continue;
    const fact = facts[mark - passageCount];
    const id = `${side}-f${fact.index}`;
    const el = h('mark', { class: `fact st-${fact.status}`, dataset: { f: String(fact.index) }, id: usedIds.has(id) ? null : id }, node);
    usedIds.add(id);
    node = el;
  }
  return node;
}

/**
 * @param side 's' or 'd'
 * @param passages [{index, kind, span, similarity, linked}]
 * @param facts [{index, status, span}]
 */
export function markedText(text, side, passages, facts) {
  const runs = segmentSpans(text.length, [...passages.map((p) => p.span), ...facts.map((f) => f.span)]);
  const usedIds = new Set();
  const passageOf = (run) => {
    const mark = run.marks.find((m) => m < passages.length);
    return mark === undefined ? null : passages[mark];
  };
  const root = h('div', { class: 'marked' });
  let i = 0;
  while (i < runs.length) {
    const passage = passageOf(runs[i]);
    let j = i;
    while (j < runs.length && passageOf(runs[j]) === passage) j++;
    const nodes = runs.slice(i, j).map((run) => runNode(text, run, passages.length, facts, side, usedIds));
    if (!passage) root.append(...nodes);
    else {
      const id = `${side}-p${passage.index}`;
      root.append(
        h(
          'span',
          {
            class: `pass k-${passage.kind}`,
            dataset: { p: String(passage.index) },
            id: usedIds.has(id) ? null : id,
            tabindex: '0',
            title: passageTitle(passage, side),
          },
          nodes,
        ),
      );
      usedIds.add(id);
    }
    i = j;
  }
  return root;
}
