/**
 * @module corpus/analyzed-cache
 * Analysed texts of recently seen documents, so verifying a new document against candidates ingested
 * moments before does not re-analyse them. Bounded: oldest entries go first.
 */
import type { AnalyzedText } from '../core/types.js';
import type { Store } from '../store/store.js';
import { analyze } from '../text/index.js';

export interface CachedDocument {
  readonly id: string;
  readonly analyzed: AnalyzedText;
  readonly published: string | null;
}

export class AnalyzedCache {
  private readonly entries = new Map<string, CachedDocument>();

  constructor(private readonly capacity = 2000) {}

  set(doc: CachedDocument): void {
    this.entries.delete(doc.id);
    this.entries.set(doc.id, doc);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The cached document, else the stored one analysed (and cached); null when not stored. */
  async load(store: Store, id: string): Promise<CachedDocument | null> {
    const hit = this.entries.get(id);
    if (hit) return hit;
    const stored = await store.getDocument(id);
    if (!stored) return null;
    const doc = { id, analyzed: analyze(stored.text, { language: stored.language }), published: stored.published };
    this.set(doc);
    return doc;
  }
}
