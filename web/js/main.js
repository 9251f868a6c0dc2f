/**
 * @module web/main
 * Hash routing between the three pages: #/compare, #/library (?q=), #/doc/ID, #/stories.
 */
import { comparePage } from './compare-page.js';
import { documentPage, libraryPage } from './library-page.js';
import { storiesPage } from './stories-page.js';

function route() {
  const main = document.getElementById('main');
  const [pathPart, queryPart = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(queryPart);
  const [, page = 'compare', ...rest] = pathPart.split('/');
  const section = page === 'doc' ? 'library' : page;
  document.querySelectorAll('[data-nav]').forEach((a) => (a.dataset.nav === section ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current')));
  if (page === 'doc') void documentPage(main, decodeURIComponent(rest.join('/')));
  else if (page === 'library') libraryPage(main, params);
  else if (page === 'stories') void storiesPage(main);
  else comparePage(main, params);
  const titles = { compare: 'Compare', library: 'Library', doc: 'Document', stories: 'Stories' };
  document.title = `${titles[page] ?? 'Compare'} · newstrace`;
}

window.addEventListener('hashchange', () => {
  route();
  document.getElementById('main').focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
route();
