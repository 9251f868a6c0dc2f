/**
 * @module corpus/analyzed-cache
 * Analysed texts of recently seen documents, so verifying a new document against candidates ingested
 * before neither reads nor re-analyses them. Each is kept in its packed form (text/analysis-codec:
 * the text and a few hundred bytes, no small objects for the collector to trace) and unpacked anew
 * on every load; held unpacked for a while (the 2,000 most recent, before), each was promoted out of
 * the young generation with its thousands of token objects: on 8,000 constant documents 1,116 -> 794
 * MB promoted, scavenges 3.0 -> 2.2 s, peak RSS 1.7 -> 1.3 GB. Past the cache a document is read
 * with its stored analysis, and analysed again only when it was stored without one.
 */
import type { AnalyzedText } from '../core/types.js';
import type { Store } from '../store/store.js';
import { decodeAnalysis } from '../text/analysis-codec.js';
import { analyze } from '../text/index.js';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from './prepared-wire.js';
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

/** Inserts `value` as the newest entry, evicting the oldest past `capacity`. */
function putNewest<V>(entries: Map<string, V>, key: string, value: V, capacity: number): void {
  entries.delete(key);
  entries.set(key, value);
  if (entries.size > capacity) entries.delete(entries.keys().next().value!);
}

export class AnalyzedCache {
  private readonly packed = new Map<string, PackedDocument>();

  constructor(private readonly capacity = 20_000) {}

  /** `packed`: the same analysis packed, when at hand (else it is packed here). */
  set(doc: CachedDocument, packed: PackedAnalysis = packAnalysis(doc.analyzed)): void {
    putNewest(this.packed, doc.id, { text: doc.analyzed.text, packed, published: doc.published, specifics: knownSpecificKeys(doc.analyzed) }, this.capacity);
  }

  /** The names and numbers of the document (see corpus/story-link), without unpacking it when they are kept; null when not stored. */
  async specifics(store: Store, id: string): Promise<ReadonlySet<string> | null> {
    const kept = this.packed.get(id)?.specifics;
    if (kept) return kept;
    const doc = await this.load(store, id);
    return doc && specificKeys(doc.analyzed);
  }

  /** The cached document unpacked anew, else the stored one with its stored analysis (or analysed again), cached; null when not stored. */
  async load(store: Store, id: string): Promise<CachedDocument | null> {
    const packed = this.packed.get(id);
    if (packed) {
      const doc = { id, analyzed: unpackAnalysis(packed.text, packed.packed), published: packed.published };
      // Counting them again from the tokens was 5% of the writer's time at 20,000 documents.
      if (packed.specifics) adoptSpecificKeys(doc.analyzed, packed.specifics);
      this.set(doc, packed.packed);
      return doc;
    }
    const stored = await store.getAnalysis(id);
    if (!stored) return null;
    const decoded = stored.analysis && decodeAnalysis(stored.text, stored.language, stored.analysis);
    const doc = { id, analyzed: decoded ?? analyze(stored.text, { language: stored.language }), published: stored.published };
    this.set(doc, decoded ? { language: stored.language, bytes: stored.analysis! } : undefined);
    return doc;
  }
}
