/**
 * @module web/stories-page
 * Stories: each group of documents reporting one event, with why they are together, a timeline by
 * publication date (or the period a record gives) and the derived-from graph, origin marked.
 */
import { api } from './api.js';
import { docHref, errorBox, h, s, titleOf } from './dom.js';
import { dateOf, storyGraph } from './story-graph.js';

const WIDTH = 640;

function timelineSvg(dated, periods) {
  if (dated.length === 0) return periods.length > 0 ? h('p', { class: 'muted period' }, `No exact dates; the records give the period ${periods.join(', ')}.`) : null;
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
  const periods = [...new Set(sorted.filter((d) => !d.published && d.period).map((d) => d.period))];
  return h(
    'div',
    { class: 'timeline-box' },
    h('h3', null, 'Timeline'),
    timelineSvg(dated, periods),
    h(
      'ol',
      { class: 'timeline-list' },
      sorted.map((d) =>
        h(
          'li',
          null,
          h('time', null, dateOf(d)),
          ' ',
          h('a', { href: docHref(d.id) }, titleOf(d)),
          d.outlet ? h('span', { class: 'muted' }, ` · ${d.outlet}`) : null,
          d.id === cluster.origin ? h('span', { class: 'badge origin-badge' }, 'origin') : null,
          h('div', { class: 'member-why muted' }, d.why),
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
    h('p', { class: 'why' }, h('strong', null, 'Why together: '), cluster.why),
    h('p', { class: 'muted' }, `${cluster.documents.length} documents from ${new Set(cluster.documents.map((d) => d.outlet ?? d.id)).size} outlets, ${cluster.edges.length} derived-from links`),
    h('div', { class: 'story-grid' }, timeline(cluster), h('div', { class: 'graph-box' }, h('h3', null, 'Who derived from whom'), storyGraph(cluster, index))),
  );
}

export async function storiesPage(main) {
  main.replaceChildren(h('h1', null, 'Stories'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const { clusters } = await api('/api/clusters');
    main.replaceChildren(
      h('h1', null, 'Stories'),
      h('p', { class: 'lead' }, 'Each story is one event, with the reports that carried it and who retold whom. The origin is outlined.'),
      clusters.length === 0 ? h('p', { class: 'muted' }, 'No stories yet: ingest related articles first.') : h('div', { class: 'stories' }, clusters.map(storyCard)),
    );
  } catch (error) {
    main.replaceChildren(h('h1', null, 'Stories'), errorBox(error));
  }
}
