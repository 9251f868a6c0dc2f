/**
 * @module corpus/analyzed-cache
 * Analysed texts of recently seen documents, so verifying a new document against candidates ingested
 * before does not re-analyse them. Two bounded tiers, oldest entries going first: the most recent
 * documents as they are, and behind them many more in the packed form the prepare pool sent them in
 * (see prepared-wire: a few buffers and the text, about 11 kB per synthetic news article, and no
 * small objects for the collector to trace). Unpacking costs about a twentieth of analysing again:
 * with only the first tier, candidates stored more than its capacity earlier were analysed again on
 * the writer's thread (most of its tokenizing time in a 6,000-document profile), more so as the
 * index grew. Packing on eviction instead cost about as much as it saved, so a document that came
 * without its packed form (prepared inline, or analysed from the store) leaves with the first tier.
 */
import type { AnalyzedText } from '../core/types.js';
import type { Store } from '../store/store.js';
import { analyze } from '../text/index.js';
import { unpackAnalysis, type PackedAnalysis } from './prepared-wire.js';
import { adoptSpecificKeys, knownSpecificKeys } from './story-link.js';

export interface CachedDocument {
  readonly id: string;
  readonly analyzed: AnalyzedText;
  readonly published: string | null;
}

interface PackedDocument {
  readonly text: string;
  readonly packed: PackedAnalysis;
  readonly published: string | null;
  /** Its names and numbers as the story link keys them, when they were made (see corpus/story-link). */
  readonly specifics: ReadonlySet<string> | undefined;
}

/** Inserts `value` as the newest entry, evicting the oldest past `capacity`; returns the evicted one. */
function putNewest<V>(entries: Map<string, V>, key: string, value: V, capacity: number): [string, V] | null {
  entries.delete(key);
  entries.set(key, value);
  if (entries.size <= capacity) return null;
  const oldest = entries.entries().next().value!;
  entries.delete(oldest[0]);
  return oldest;
}

export class AnalyzedCache {
  private readonly entries = new Map<string, { readonly doc: CachedDocument; readonly packed?: PackedAnalysis }>();
  private readonly packed = new Map<string, PackedDocument>();

  constructor(private readonly capacity = 2000, private readonly packedCapacity = 10 * capacity) {}

  /** `packed`: the same analysis packed, when at hand (kept for after the recent tier). */
  set(doc: CachedDocument, packed?: PackedAnalysis): void {
    this.packed.delete(doc.id);
    const evicted = putNewest(this.entries, doc.id, { doc, packed }, this.capacity);
    if (evicted?.[1].packed && this.packedCapacity > 0) {
      const [id, { doc: { analyzed, published }, packed: form }] = evicted;
      putNewest(this.packed, id, { text: analyzed.text, packed: form!, published, specifics: knownSpecificKeys(analyzed) }, this.packedCapacity);
    }
  }

  /** The cached document (unpacked when packed), else the stored one analysed (and cached); null when not stored. */
  async load(store: Store, id: string): Promise<CachedDocument | null> {
    const hit = this.entries.get(id);
    if (hit) return hit.doc;
    const packed = this.packed.get(id);
    if (packed) {
      const doc = { id, analyzed: unpackAnalysis(packed.text, packed.packed), published: packed.published };
      // Counting them again from the tokens was 5% of the writer's time at 20,000 documents.
      if (packed.specifics) adoptSpecificKeys(doc.analyzed, packed.specifics);
      this.set(doc, packed.packed);
      return doc;
    }
    const stored = await store.getDocument(id);
    if (!stored) return null;
    const doc = { id, analyzed: analyze(stored.text, { language: stored.language }), published: stored.published };
    this.set(doc);
    return doc;
  }
}
