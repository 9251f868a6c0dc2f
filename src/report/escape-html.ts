/**
 * @module report/escape-html
 * Every piece of report text that reaches HTML (article texts, titles, notes, labels) goes through
 * here: the inputs are untrusted web pages.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
