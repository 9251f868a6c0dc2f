/**
 * @module web/dom
 * The only way the UI creates markup: elements with text nodes, never HTML strings, so article text,
 * titles and notes from untrusted pages can only ever show as text.
 */

function addChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

function setProps(el, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

/** h('a', {href: '#/x', class: 'link'}, 'text', childElement) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  addChildren(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props);
  addChildren(el, children);
  return el;
}

/** Only web links become clickable; `javascript:` and friends stay text. */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function docHref(id) {
  return `#/doc/${encodeURIComponent(id)}`;
}

export function compareHref(sourceId, derivativeId) {
  return `#/compare?a=${encodeURIComponent(sourceId)}&b=${encodeURIComponent(derivativeId)}`;
}

export function percent(x) {
  return `${Math.round(x * 100)}%`;
}

/** Shown in place of a page when loading it failed. */
export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

export function titleOf(doc) {
  return doc.title && doc.title.trim() ? doc.title : doc.id;
}
