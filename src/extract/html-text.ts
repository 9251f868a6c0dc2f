/**
 * @module extract/html-text
 * DOM to plain text: block elements become paragraph breaks, `<br>` a line break, and elements
 * that never carry article text (scripts, styles, frames, forms, media) are skipped entirely, so
 * no script body or event-handler source can reach the text.
 */

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'head', 'title', 'meta', 'link', 'base',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'dialog',
]);

/** Page furniture, skipped when falling back to the whole body. */
export const PAGE_CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table',
  'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'address', 'details', 'summary', 'fieldset', 'legend', 'center',
  ...PAGE_CHROME,
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text of `root`, paragraphs separated by blank lines. */
export function htmlToText(root: Node, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || skip.has(tag) || (node as Element).getAttribute?.('hidden') !== null) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
