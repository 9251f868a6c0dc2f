/**
 * @module extract/limits
 * Size limits of single-document input, in one place so the README, the CLI and the errors agree.
 */

/** Largest file or stdin `readDocumentFile` accepts: larger inputs are refused before being read. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
