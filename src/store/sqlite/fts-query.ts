/**
 * @module store/sqlite/fts-query
 * Turns what a user typed into a safe FTS5 query: every word becomes a quoted term and all are
 * required, so quotes, operators (AND, NEAR, -, *) and parentheses are searched as words or dropped,
 * never interpreted or rejected as syntax.
 */

/** The FTS5 MATCH expression for `query`, or null when it holds no word. */
export function ftsQuery(query: string): string | null {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"`).join(' ');
}
