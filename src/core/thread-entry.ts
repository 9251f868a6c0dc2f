/**
 * @module core/thread-entry
 * Where a worker thread (a piscina pool's or a plain one) starts its module: the compiled `.js`
 * beside the caller in dist/, and from the TypeScript sources the `.ts` through thread-entry.mjs,
 * which registers tsx's loader first.
 */
export interface ThreadEntry {
  readonly filename: string;
  readonly workerData?: { readonly module: string };
}

/** The entry of `name` (a path without extension, relative to the calling module's `callerUrl`). */
export function threadEntry(callerUrl: string, name: string): ThreadEntry {
  if (!callerUrl.endsWith('.ts')) return { filename: new URL(`${name}.js`, callerUrl).href };
  return { filename: new URL('./thread-entry.mjs', import.meta.url).href, workerData: { module: new URL(`${name}.ts`, callerUrl).href } };
}
