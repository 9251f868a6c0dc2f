/**
 * @module web/library-page
 * Library: full-text search over the index, and one document's page with its metadata, text, and
 * the sources and derivatives the index traced for it, each a link to compare the two.
 */
import { api, getDocument, getTrace } from './api.js';
import { compareHref, docHref, errorBox, h, percent, safeHref, titleOf } from './dom.js';

export function libraryPage(main, params) {
  const query = params.get('q') ?? '';
  const input = h('input', { type: 'search', id: 'search-q', name: 'q', value: query, autocomplete: 'off' });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: input.id }, 'Search titles and texts'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'primary' }, 'Search')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/library?q=${encodeURIComponent(input.value.trim())}`;
  });
  main.replaceChildren(h('h1', null, 'Library'), form, results);
  if (!query.trim()) {
    browse(results);
    return;
  }
  results.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
  api(`/api/search?q=${encodeURIComponent(query)}`)
    .then(({ hits }) => {
      if (hits.length === 0) return results.replaceChildren(h('p', null, `Nothing found for “${query}”.`));
      results.replaceChildren(
        h('p', { class: 'muted' }, `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`),
        h('ol', { class: 'hits' }, hits.map((hit) => h('li', null, h('a', { href: docHref(hit.id) }, titleOf(hit)), h('p', { class: 'snippet' }, hit.snippet)))),
      );
    })
    .catch((error) => results.replaceChildren(errorBox(error)));
}

function docLine(doc) {
  const when = doc.published ? doc.published.slice(0, 10) : null;
  return h('li', null, h('a', { href: docHref(doc.id) }, titleOf(doc)), h('span', { class: 'muted' }, [doc.outlet, when].filter(Boolean).map((x) => ` · ${x}`)));
}

/** Without a query: every document, a page at a time. */
function browse(results) {
  const list = h('ul', { class: 'doc-list' });
  const more = h('button', { type: 'button' }, 'Show more');
  const load = (after) =>
    api(`/api/documents?limit=50${after ? `&after=${encodeURIComponent(after)}` : ''}`)
      .then(({ documents, next }) => {
        list.append(...documents.map(docLine));
        more.hidden = !next;
        more.onclick = () => load(next);
        if (!after) results.replaceChildren(h('h2', null, 'All documents'), documents.length ? list : h('p', { class: 'muted' }, 'The index is empty: add articles with `newstrace ingest` or POST /api/documents.'), more);
      })
      .catch((error) => results.replaceChildren(errorBox(error)));
  void load(null);
}

function metadata(doc) {
  const url = doc.url ? safeHref(doc.url) : null;
  const rows = [
    ['Id', doc.id],
    ['Outlet', doc.outlet],
    ['Published', doc.published],
    ['Language', doc.language],
    ['Address', doc.url ? (url ? h('a', { href: url, rel: 'noopener noreferrer' }, doc.url) : doc.url) : null],
    ['Added', doc.ingestedAt],
  ].filter(([, v]) => v);
  return h('dl', { class: 'meta' }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

function factLine(fact) {
  const value = fact.status === 'changed' ? `${fact.source} → ${fact.derivative}` : (fact.derivative ?? fact.source);
  return h('li', null, h('span', { class: `fact-status st-${fact.status}` }, fact.status), ' ', value);
}

/** `asSource`: the linked document is the source of this one (null: direction unknown, compare as listed). */
function links(title, items, doc, asSource) {
  return h(
    'section',
    { class: 'card trace', 'aria-label': title },
    h('h2', null, `${title} (${items.length})`),
    items.length === 0
      ? h('p', { class: 'muted' }, 'None found in the index.')
      : h(
          'ul',
          null,
          items.map((link) =>
            h(
              'li',
              null,
              h('a', { href: docHref(link.document.id) }, titleOf(link.document)),
              ' ',
              h('span', { class: `relation rel-${link.relation}` }, link.relation),
              h('span', { class: 'muted' }, ` ${percent(link.score)}${link.passages === undefined ? '' : ` · ${link.passages} shared passages`}`),
              ' ',
              h('a', { class: 'button-link', href: asSource ? compareHref(link.document.id, doc.id) : compareHref(doc.id, link.document.id) }, 'Compare'),
              link.firstFacts?.length ? h('ul', { class: 'first-facts' }, link.firstFacts.map(factLine)) : null,
            ),
          ),
        ),
  );
}

export async function documentPage(main, id) {
  main.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const [doc, trace] = await Promise.all([getDocument(id), getTrace(id)]);
    main.replaceChildren(
      h('p', { class: 'crumbs' }, h('a', { href: '#/library' }, 'Library'), ' / document'),
      h('h1', { class: 'doc-title' }, titleOf(doc)),
      metadata(doc),
      h(
        'div',
        { class: 'trace-grid' },
        links('Sources', trace.sources, doc, true),
        links('Derivatives', trace.derivatives, doc, false),
        trace.related.length ? links('Same story or direction unknown', trace.related, doc, false) : null,
      ),
      h('section', { class: 'card', 'aria-label': 'Text' }, h('h2', null, 'Text'), h('div', { class: 'doc-text' }, doc.text)),
    );
  } catch (error) {
    main.replaceChildren(h('h1', null, 'Document'), errorBox(error));
  }
}
