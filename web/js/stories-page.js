/**
 * @module web/stories-page
 * Stories: each cluster of documents telling one story, with a timeline by publication date and the
 * derived-from graph, origin marked.
 */
import { api } from './api.js';
import { docHref, errorBox, h, s, titleOf } from './dom.js';
import { storyGraph } from './story-graph.js';

const WIDTH = 640;

function timelineSvg(dated) {
  if (dated.length === 0) return null;
  const times = dated.map((d) => Date.parse(d.published));
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const x = (t) => 30 + (max === min ? (WIDTH - 60) / 2 : ((t - min) / (max - min)) * (WIDTH - 60));
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  return s(
    'svg',
    { class: 'timeline', viewBox: `0 0 ${WIDTH} 56`, 'aria-hidden': 'true' },
    s('line', { class: 'axis', x1: 20, y1: 22, x2: WIDTH - 20, y2: 22 }),
    dated.map((d, i) => s('circle', { class: 'tick', cx: x(times[i]), cy: 22, r: 6 }, s('title', null, titleOf(d)))),
    s('text', { x: 20, y: 50 }, day(min)),
    max === min ? null : s('text', { x: WIDTH - 20, y: 50, 'text-anchor': 'end' }, day(max)),
  );
}

function timeline(cluster) {
  const sorted = [...cluster.documents].sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
  const dated = sorted.filter((d) => d.published && !Number.isNaN(Date.parse(d.published)));
  return h(
    'div',
    { class: 'timeline-box' },
    h('h3', null, 'Timeline'),
    timelineSvg(dated),
    h(
      'ol',
      { class: 'timeline-list' },
      sorted.map((d) =>
        h(
          'li',
          null,
          h('time', null, d.published ? d.published.slice(0, 10) : 'undated'),
          ' ',
          h('a', { href: docHref(d.id) }, titleOf(d)),
          d.outlet ? h('span', { class: 'muted' }, ` · ${d.outlet}`) : null,
          d.id === cluster.origin ? h('span', { class: 'badge origin-badge' }, 'origin') : null,
        ),
      ),
    ),
  );
}

function storyCard(cluster, index) {
  const origin = cluster.documents.find((d) => d.id === cluster.origin);
  const name = titleOf(origin ?? cluster.documents[0]);
  return h(
    'section',
    { class: 'card story', 'aria-labelledby': `story-${index}` },
    h('h2', { id: `story-${index}` }, name),
    h('p', { class: 'muted' }, `${cluster.documents.length} documents, ${cluster.edges.length} derived-from links`),
    h('div', { class: 'story-grid' }, timeline(cluster), h('div', { class: 'graph-box' }, h('h3', null, 'Who derived from whom'), storyGraph(cluster, index))),
  );
}

export async function storiesPage(main) {
  main.replaceChildren(h('h1', null, 'Stories'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const { clusters } = await api('/api/clusters');
    main.replaceChildren(
      h('h1', null, 'Stories'),
      h('p', { class: 'lead' }, 'Groups of documents telling one story, with who retold whom. The origin is starred.'),
      clusters.length === 0 ? h('p', { class: 'muted' }, 'No stories yet: ingest related articles first.') : h('div', { class: 'stories' }, clusters.map(storyCard)),
    );
  } catch (error) {
    main.replaceChildren(h('h1', null, 'Stories'), errorBox(error));
  }
}
