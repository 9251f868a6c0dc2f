/**
 * @module stories/features-wire
 * Text features in a form that crosses a thread boundary intact. Their count tables have no
 * prototype (a key such as "constructor" is a word like any other), and structured cloning gives
 * every object Object's prototype back; here they travel as keys and counts and are rebuilt
 * prototype-free on arrival.
 */
import type { TextFeatures } from './features.js';

/** Story features as keys and counts. */
export interface PackedTextFeatures {
  /** Specifics keys, term keys, the terms' labels, title keys, joined by NUL. */
  readonly keys: string;
  /** Counts of the specifics, terms and title keys, in that order. */
  readonly counts: Int32Array;
  readonly specifics: number;
  readonly terms: number;
}

export function packTextFeatures({ specifics, terms, labels, titleTerms }: TextFeatures): PackedTextFeatures {
  const [s, t, title] = [Object.keys(specifics), Object.keys(terms), Object.keys(titleTerms)];
  const counts = Int32Array.from([...s.map((k) => specifics[k]!), ...t.map((k) => terms[k]!), ...title.map((k) => titleTerms[k]!)]);
  return { keys: [...s, ...t, ...t.map((k) => labels[k]!), ...title].join('\0'), counts, specifics: s.length, terms: t.length };
}

/** The keys of each table of a packed form, without building the tables. */
export function packedKeys({ keys, counts, specifics: s, terms: t }: PackedTextFeatures): { specifics: string[]; terms: string[]; titleTerms: string[] } {
  const words = keys.split('\0');
  return { specifics: words.slice(0, s), terms: words.slice(s, s + t), titleTerms: words.slice(s + 2 * t, s + 2 * t + (counts.length - s - t)) };
}

export function unpackTextFeatures({ keys, counts, specifics: s, terms: t }: PackedTextFeatures): TextFeatures {
  const words = keys.split('\0');
  const table = <T>(from: number, to: number, value: (i: number) => T) => {
    const out = Object.create(null) as Record<string, T>;
    for (let i = from; i < to; i++) out[words[i]!] = value(i);
    return out;
  };
  const count = (offset: number) => (i: number) => counts[i - offset]!;
  return {
    specifics: table(0, s, count(0)),
    terms: table(s, s + t, count(0)),
    labels: table(s, s + t, (i) => words[i + t]!),
    titleTerms: table(s + 2 * t, s + 2 * t + (counts.length - s - t), count(t)),
  };
}
