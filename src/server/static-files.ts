/**
 * @module server/static-files
 * Serves the web UI from `web/` as plain ES modules, unbundled, so what is in the repository
 * is what the browser runs. Only files that existed in `web/` at start-up are served (a fixed table,
 * not a path join on the request), which rules out path traversal by construction.
 * The marked text the UI shares with the HTML report is served from its browser bundle in `dist/`
 * (built by `npm ci` / `npm run build` from src/report/marked-text.ts), so there is one
 * implementation, not a copy; so is the graph layout library (dagre), bundled there for the
 * browser by the build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticFile {
  readonly file: string;
  readonly type: string;
}

function walk(dir: string, prefix: string, table: Map<string, StaticFile>): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file, `${prefix}${name}/`, table);
    else {
      const type = MIME[path.extname(name)];
      if (type) table.set(`${prefix}${name}`, { file, type });
    }
  }
}

/** URL path -> file on disk, for everything the UI may load. */
export function staticTable(webDir = path.join(repoRoot, 'web')): Map<string, StaticFile> {
  const table = new Map<string, StaticFile>();
  walk(webDir, '/', table);
  const index = table.get('/index.html');
  if (index) table.set('/', index);
  table.set('/lib/marked-text.js', { file: path.join(repoRoot, 'dist/web/marked-text.js'), type: MIME['.js'] });
  table.set('/lib/dagre.js', { file: path.join(repoRoot, 'dist/web/dagre.js'), type: MIME['.js'] });
  return table;
}

/** Read per request so an edit to web/ shows on reload; null when the file has gone. */
export function readStatic(entry: StaticFile): Buffer | null {
  try {
    return readFileSync(entry.file);
  } catch {
    return null;
  }
}
