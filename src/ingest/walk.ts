/**
 * @module ingest/walk
 * Expand the caller's paths into files, in a stable (sorted) order. Folders are walked
 * recursively; symlinks are followed only when they stay inside the root, so an id can never point
 * outside what the caller gave and a link loop cannot trap the walk.
 *
 * A file's id path starts with the name of the folder it was found from (`seeds/rewrite.txt` for
 * `ingest ../shared/seeds`, and for `ingest ../shared/seeds/rewrite.txt` too): two folders holding the
 * same file names then give different ids, where ids relative to each root would collide and one
 * run would replace the other's documents.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { NewstraceError } from '../core/errors.js';
import { problemFrom, problem } from './problem.js';
import type { SourceFile, SourceItem } from './types.js';

export type WalkItem = { readonly kind: 'file'; readonly source: SourceFile } | SourceItem;

/** File kinds a folder walk picks up; anything else in a folder is ignored silently. */
const KNOWN = /\.(?:txt|html?|jsonl|warc|warc\.gz|rss|atom|xml)$/i;

export function isKnownSourceFile(name: string): boolean {
  return KNOWN.test(name);
}

/** `name/` of a folder, or nothing for the file system root (which has no name). */
function folderPrefix(folder: string): string {
  const name = basename(folder);
  return name ? `${name}/` : '';
}

/** Forward-slash path from the root's name down to `file`; refuses anything that would climb out of the root. */
export function safeRelPath(root: string, file: string): string | null {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === '' || rel.split('/').includes('..') || rel.startsWith('/')) return null;
  return `${folderPrefix(root)}${rel}`;
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function* walkDir(rootArg: string, rootReal: string, dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    yield problemFrom(join(rootArg, relative(rootReal, dir)), error);
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    const display = join(rootArg, relative(rootReal, full));
    try {
      let info = await lstat(full);
      if (info.isSymbolicLink()) {
        const target = await realpath(full);
        if (!isInside(rootReal, target)) {
          yield problem(display, 'unreadable_file', 'symbolic link points outside the folder being ingested; skipped');
          continue;
        }
        if (seen.has(target)) continue;
        seen.add(target);
        info = await stat(target);
      }
      if (info.isDirectory()) yield* walkDir(rootArg, rootReal, full, seen);
      else if (info.isFile() && isKnownSourceFile(name)) {
        const relPath = safeRelPath(rootReal, full);
        if (relPath) yield { kind: 'file', source: { file: full, relPath, display, inFolder: true } };
      }
    } catch (error) {
      yield problemFrom(display, error);
    }
  }
}

/**
 * Files under each of `paths`. Throws `unreadable_file` for a path that does not exist (an unusable
 * argument); problems inside folders are yielded as items.
 */
export async function* walkSources(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const arg of paths) {
    let real: string;
    try {
      real = await realpath(resolve(arg));
    } catch (error) {
      throw new NewstraceError('unreadable_file', 'no such file or folder', { path: arg, cause: error });
    }
    const info = await stat(real);
    if (info.isDirectory()) yield* walkDir(arg, real, real, new Set([real]));
    else yield { kind: 'file', source: { file: real, relPath: `${folderPrefix(dirname(real))}${basename(real)}`, display: arg, inFolder: false } };
  }
}

