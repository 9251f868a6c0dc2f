/**
 * @module store/stray-edge
 * The check both stores make before replacing a document's edges: each edge must touch the document
 * it is stored for, else replacing that document's edges later would leave it behind.
 */
import { NewstraceError } from '../core/errors.js';
import type { EdgeWrite } from './store.js';

export function strayEdge(writes: readonly EdgeWrite[]): void {
  for (const { id, edges } of writes) {
    const stray = edges.find((e) => e.from !== id && e.to !== id);
    if (stray) throw new NewstraceError('store_failed', `edge ${stray.from} -> ${stray.to} does not touch document ${id}`);
  }
}
