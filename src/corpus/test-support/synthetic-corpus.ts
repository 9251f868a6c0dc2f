/**
 * @module corpus/test-support/synthetic-corpus
 * A deterministic synthetic reuse corpus with ground truth, for the kill-and-resume test and the
 * benchmark: originals from a word model, and derivatives of six kinds (near-duplicates with 2-12%
 * word edits, sentence-shuffled copies, partial copies embedded in other text, heavy rewrites, and
 * rewrites of rewrites). Same seed, same corpus.
 */

export type ReuseKind = 'near-duplicate' | 'shuffled' | 'partial' | 'heavy-rewrite' | 'rewrite-of-rewrite';

export interface SyntheticDoc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
}

export interface TruthEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: ReuseKind;
}

export interface SyntheticCorpus {
  /** In ingest order (shuffled: a derivative may come before its source). */
  readonly docs: readonly SyntheticDoc[];
  /** Direct derived-from links, source -> derivative. */
  readonly edges: readonly TruthEdge[];
  /** Root original of every document: documents of one family may legitimately be linked. */
  readonly family: Readonly<Record<string, string>>;
}

export interface CorpusOptions {
  readonly docs: number;
  readonly seed?: number;
  /** Word list to sample from (e.g. words of real news); a pseudo-word vocabulary otherwise. */
  readonly words?: readonly string[];
  /**
   * Share of documents that are originals (default 0.4: about 1.5 derivatives per story). The share
   * holds over the whole run, so reuse density stays constant as the corpus grows; a small share
   * (e.g. 0.05) is the dense case of wire copy, few stories with many copies each.
   */
  readonly originals?: number;
}

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOP = 'the of and to a in that is was for on with as by at from it said his her their have has be were an this which'.split(' ');
const SYLLABLES = 'ka lo mi ren tu vas pel dor in shi ga mor tel an vi sto bra qui len dra po ner sa lim tor ev'.split(' ');

function pseudoWords(random: () => number, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const parts = 2 + Math.floor(random() * 3);
    out.add(Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...out];
}

const KINDS: readonly ReuseKind[] = ['near-duplicate', 'shuffled', 'partial', 'heavy-rewrite', 'rewrite-of-rewrite'];

export function syntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const random = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const vocab = options.words && options.words.length > 100 ? options.words : pseudoWords(random, 6000);
  // Zipf-like: squaring a uniform draw favours the front of the list.
  const word = () => (random() < 0.35 ? pick(STOP) : vocab[Math.floor(random() ** 3 * vocab.length)]!);
  const sentence = (): string[] => Array.from({ length: 10 + Math.floor(random() * 22) }, word);
  const render = (sentences: readonly string[][]) =>
    sentences.map((s) => `${s[0]![0]!.toUpperCase()}${s.join(' ').slice(1)}.`).join(' ');
  const editWords = (s: string[], rate: number): string[] =>
    s.flatMap((w) => {
      if (random() >= rate) return [w];
      const r = random();
      return r < 0.6 ? [word()] : r < 0.8 ? [] : [w, word()];
    });

  const docs: SyntheticDoc[] = [];
  const edges: TruthEdge[] = [];
  const family: Record<string, string> = {};
  const bodies = new Map<string, string[][]>();
  const base = Date.UTC(2024, 0, 1);
  const dated = (order: number) => (random() < 0.5 ? new Date(base + order * 60_000).toISOString() : null);
  let order = 0;
  const add = (id: string, sentences: string[][], root: string) => {
    bodies.set(id, sentences);
    family[id] = root;
    docs.push({ id, title: sentences[0]!.slice(0, 6).join(' '), text: render(sentences), published: dated(order++) });
  };
  const derive = (kind: ReuseKind, source: string[][]): string[][] => {
    switch (kind) {
      case 'near-duplicate': {
        const rate = 0.02 + random() * 0.1;
        return source.map((s) => editWords(s, rate));
      }
      case 'shuffled':
        return shuffle(source);
      case 'partial': {
        const share = 0.3 + random() * 0.3;
        const length = Math.max(2, Math.round(source.length * share));
        const start = Math.floor(random() * (source.length - length + 1));
        const other = Array.from({ length: 6 + Math.floor(random() * 10) }, sentence);
        const at = Math.floor(random() * other.length);
        return [...other.slice(0, at), ...source.slice(start, start + length), ...other.slice(at)];
      }
      default: {
        const kept = source.filter(() => random() < 0.5);
        const rewritten = (kept.length ? kept : source.slice(0, 1)).map((s) => editWords(s, 0.2 + random() * 0.1));
        const split = rewritten.flatMap((s) => (s.length > 20 ? [s.slice(0, s.length >> 1), s.slice(s.length >> 1)] : [s]));
        return shuffle(split).concat(random() < 0.5 ? [sentence()] : []);
      }
    }
  };

  const originals: string[] = [];
  const rewrites: string[] = [];
  const originalShare = options.originals ?? 0.4;
  while (docs.length < options.docs) {
    if (originals.length === 0 || random() < originalShare) {
      const id = `o${String(originals.length).padStart(6, '0')}`;
      originals.push(id);
      add(id, Array.from({ length: 8 + Math.floor(random() * 14) }, sentence), id);
      continue;
    }
    const kind = pick(KINDS);
    let sourceId = pick(originals);
    if (kind === 'rewrite-of-rewrite') {
      if (rewrites.length === 0) continue;
      sourceId = pick(rewrites);
    }
    const id = `${sourceId}-${kind}-${docs.length}`;
    add(id, derive(kind, bodies.get(sourceId)!), family[sourceId]!);
    edges.push({ from: sourceId, to: id, kind });
    if (kind === 'heavy-rewrite') rewrites.push(id);
  }
  // Ingest order: shuffled, so sources sometimes arrive after their derivatives.
  const shuffled = shuffle(docs);
  return { docs: shuffled, edges, family };
}
