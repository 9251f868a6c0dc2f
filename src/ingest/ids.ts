/**
 * @module ingest/ids
 * Ids come from callers and feeds and end up in URLs, file names and reports: refuse the forms that
 * could act as a path outside a folder.
 */

const MAX_ID_CHARS = 1024;

export function isSafeId(id: string): boolean {
  return (
    id.length > 0 && id.length <= MAX_ID_CHARS && !/[\u0000-\u001f\u007f]/.test(id) && !id.startsWith('/') && !id.split(/[\\/]/).includes('..')
  );
}
