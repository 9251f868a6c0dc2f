/**
 * @module corpus/analyzed-cache
 * Analysed texts of recently seen documents, so verifying a new document against candidates ingested
 * before does not re-analyse them. Two bounded tiers, oldest entries going first. A document that came
 * in the packed form the prepare pool sent it in is kept so (see prepared-wire: a few buffers and the
 * text, about 11 kB per synthetic news article, and no small objects for the collector to trace) and
 * unpacked anew on every load, about a twentieth of analysing again. Held unpacked for a while (the
 * 2,000 most recent, before), each was promoted out of the young generation with its thousands of
 * token objects: on 8,000 constant documents 1,116 -> 794 MB promoted, scavenges 3.0 -> 2.2 s, peak
 * RSS 1.7 -> 1.3 GB; on 6,000 dense ones, where the same candidates are loaded again and again, the
 * unpacking allocates 14.1 -> 15.9 GB and the collection stays 2.8 s. A document without a packed
 * form (prepared inline, or analysed from the store) is kept as it is, in a smaller tier: packing it
 * cost about as much as it saved.
 */
import type { AnalyzedText } from '../core/types.js';
import type { Store } from '../store/store.js';
import { analyze } from '../text/index.js';
import { unpackAnalysis, type PackedAnalysis } from './prepared-wire.js';
import { adoptSpecificKeys, knownSpecificKeys, specificKeys } from './story-link.js';

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
  private readonly entries = new Map<string, CachedDocument>();
  private readonly packed = new Map<string, PackedDocument>();

  constructor(private readonly capacity = 2000, private readonly packedCapacity = 10 * capacity) {}

  /** `packed`: the same analysis packed, when at hand (then kept in that form). */
  set(doc: CachedDocument, packed?: PackedAnalysis): void {
    this.packed.delete(doc.id);
    this.entries.delete(doc.id);
    if (packed && this.packedCapacity > 0) {
      putNewest(this.packed, doc.id, { text: doc.analyzed.text, packed, published: doc.published, specifics: knownSpecificKeys(doc.analyzed) }, this.packedCapacity);
    } else {
      putNewest(this.entries, doc.id, doc, this.capacity);
    }
  }

  /** The names and numbers of the document (see corpus/story-link), without unpacking it when they are kept; null when not stored. */
  async specifics(store: Store, id: string): Promise<ReadonlySet<string> | null> {
    const hit = this.entries.get(id);
    if (hit) return specificKeys(hit.analyzed);
    const kept = this.packed.get(id)?.specifics;
    if (kept) return kept;
    const doc = await this.load(store, id);
    return doc && specificKeys(doc.analyzed);
  }

  /** The cached document (unpacked anew when packed), else the stored one analysed (and cached); null when not stored. */
  async load(store: Store, id: string): Promise<CachedDocument | null> {
    const hit = this.entries.get(id);
    if (hit) return hit;
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
