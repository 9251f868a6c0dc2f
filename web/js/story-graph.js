/**
 * @module web/story-graph
 * The documents of one story as an SVG graph laid out by dagre (bundled from @dagrejs/dagre by the
 * build): each document a box with its title, outlet and date, each derived-from link an arrow
 * labelled with its relation, sources above their retellings, the origin outlined.
 */
import dagre from '/lib/dagre.js';
import { docHref, s, titleOf } from './dom.js';

const NODE_WIDTH = 210;
const NODE_HEIGHT = 58;
/** Characters per title line at 12px in a box NODE_WIDTH wide. */
const LINE_CHARS = 30;

/** The title in at most two lines, cut at a word. */
function titleLines(text) {
  const words = text.split(/\s+/);
  const lines = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if (`${line} ${word}`.trim().length <= LINE_CHARS) lines[lines.length - 1] = `${line} ${word}`.trim();
    else if (lines.length < 2) lines.push(word);
    else {
      lines[1] = `${lines[1].slice(0, LINE_CHARS - 1)}…`;
      break;
    }
  }
  return lines.map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS - 1)}…` : l));
}

/** The date shown for a document: its publication day, else the coarse period its record gives. */
export function dateOf(doc) {
  return doc.published ? doc.published.slice(0, 10) : (doc.period ?? 'undated');
}

export function storyGraph(cluster, key) {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 46, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const doc of cluster.documents) g.setNode(doc.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const known = new Set(cluster.documents.map((d) => d.id));
  const edges = cluster.edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
  for (const e of edges) g.setEdge(e.from, e.to, { label: e.relation, width: 84, height: 14, labelpos: 'c' });
  dagre.layout(g);
  const { width, height } = g.graph();
  const marker = `arrow-${key}`;
  const arrows = edges.map((e) => {
    const { points, x, y } = g.edge(e.from, e.to);
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    return s(
      'g',
      { class: `edge-group rel-${e.relation}` },
      s('path', { class: 'edge', d, 'marker-end': `url(#${marker})` }, s('title', null, `${e.relation}, score ${e.score.toFixed(2)}`)),
      s('text', { class: 'edge-label', x, y: y + 4, 'text-anchor': 'middle' }, e.relation),
    );
  });
  const nodes = cluster.documents.map((doc) => {
    const { x, y } = g.node(doc.id);
    const origin = doc.id === cluster.origin;
    const [left, top] = [x - NODE_WIDTH / 2, y - NODE_HEIGHT / 2];
    const lines = titleLines(titleOf(doc));
    return s(
      'a',
      { href: docHref(doc.id), class: origin ? 'node origin' : 'node', 'data-id': doc.id },
      s('title', null, `${titleOf(doc)} — ${doc.why}${origin ? ' (origin)' : ''}`),
      s('rect', { x: left, y: top, width: NODE_WIDTH, height: NODE_HEIGHT, rx: 6 }),
      lines.map((line, i) => s('text', { class: 'node-title', x: left + 8, y: top + 16 + i * 14 }, line)),
      s('text', { class: 'node-meta', x: left + 8, y: top + NODE_HEIGHT - 8 }, `${doc.outlet ?? 'unknown outlet'} · ${dateOf(doc)}`),
    );
  });
  return s(
    'svg',
    { class: 'graph', viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, width: Math.ceil(width), height: Math.ceil(height), role: 'group', 'aria-label': `Graph of ${cluster.documents.length} documents and ${edges.length} derived-from links; the origin is outlined` },
    s('defs', null, s('marker', { id: marker, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }, s('path', { d: 'M0,0 L10,5 L0,10 z' }))),
    arrows,
    nodes,
  );
}
