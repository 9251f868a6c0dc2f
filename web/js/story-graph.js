/**
 * @module web/story-graph
 * The derived-from graph of one story as SVG, in layers: a document sits one layer below the
 * deepest document it was derived from, so the origin is on top and each retelling below its source.
 * Small stories only need this hand-made layout; no graph library is loaded.
 */
import { docHref, s, titleOf } from './dom.js';

const WIDTH = 640;
const LAYER_GAP = 64;
const TOP = 34;
/** Room left of the nodes for links that skip a layer. */
const LEFT = 56;

/** Longest directed path from a root to each node; cycles (which should not occur) stop at the node count. */
function layers(documents, edges) {
  const depth = new Map(documents.map((d) => [d.id, 0]));
  const known = edges.filter((e) => depth.has(e.from) && depth.has(e.to));
  for (let round = 0; round < documents.length; round++) {
    let moved = false;
    for (const e of known) {
      if (depth.get(e.to) < depth.get(e.from) + 1 && depth.get(e.from) + 1 < documents.length) {
        depth.set(e.to, depth.get(e.from) + 1);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return depth;
}

function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export function storyGraph(cluster, key) {
  const depth = layers(cluster.documents, cluster.edges);
  const rows = [];
  for (const doc of cluster.documents) (rows[depth.get(doc.id)] ??= []).push(doc);
  const position = new Map();
  rows.forEach((row, layer) =>
    row.forEach((doc, i) => {
      const slot = (WIDTH - LEFT) / row.length;
      position.set(doc.id, { x: LEFT + i * slot, y: TOP + layer * LAYER_GAP, slot });
    }),
  );
  const height = TOP + (rows.length - 1) * LAYER_GAP + 24;
  const marker = `arrow-${key}`;
  const edges = cluster.edges
    .filter((e) => position.has(e.from) && position.has(e.to))
    .map((e) => {
      const a = position.get(e.from);
      const b = position.get(e.to);
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const [dx, dy] = [(b.x - a.x) / len, (b.y - a.y) / len];
      const [x1, y1, x2, y2] = [a.x + dx * 12, a.y + dy * 12, b.x - dx * 14, b.y - dy * 14];
      // A link that skips layers bows out to the left, so it is not hidden behind the links it jumps over.
      const skipped = Math.round((b.y - a.y) / LAYER_GAP) - 1;
      const cx = skipped > 0 ? Math.max(0, Math.min(x1, x2) - 2 * (LEFT - 14)) : (x1 + x2) / 2;
      const cy = (y1 + y2) / 2;
      return s(
        'path',
        { class: `edge rel-${e.relation}`, d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`, 'marker-end': `url(#${marker})` },
        s('title', null, `${e.relation}, score ${e.score.toFixed(2)}`),
      );
    });
  const nodes = cluster.documents.map((doc) => {
    const p = position.get(doc.id);
    const origin = doc.id === cluster.origin;
    return s(
      'a',
      { href: docHref(doc.id), class: origin ? 'node origin' : 'node' },
      s('title', null, `${titleOf(doc)}${doc.published ? ` (${doc.published.slice(0, 10)})` : ''}${origin ? ' — origin' : ''}`),
      origin ? s('circle', { class: 'origin-ring', cx: p.x, cy: p.y, r: 14 }) : null,
      s('circle', { cx: p.x, cy: p.y, r: 9 }),
      s('text', { x: p.x + 22, y: p.y + 4 }, truncate(`${origin ? '★ ' : ''}${titleOf(doc)}`, Math.floor((p.slot - 30) / 6.8))),
    );
  });
  return s(
    'svg',
    { class: 'graph', viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', 'aria-label': `Derived-from graph of ${cluster.documents.length} documents; the origin is starred` },
    s('defs', null, s('marker', { id: marker, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }, s('path', { d: 'M0,0 L10,5 L0,10 z' }))),
    edges,
    nodes,
  );
}
