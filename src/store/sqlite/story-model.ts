/**
 * @module store/sqlite/story-model
 * A story model as SQLite stores it (schema 5): JSON with every vector's keys but no weights, and
 * the weights of all its vectors, in one fixed order, as one blob of doubles. A model is rewritten on
 * every join; its doubles as JSON text were some 40% of the time spent encoding it and a third of the
 * bytes written, and they round-trip exactly either way.
 */
import type { StoryMember, StoryViews, Weights } from '../../core/stories.js';
import type { StoredModel } from '../story-store.js';
import { decodeDoubles, encodeDoubles } from './key-blob.js';

type KeysOnly = Record<keyof StoryViews, readonly string[]>;
type StoredJson = Omit<StoredModel, 'centroid' | 'kept'> & { centroid: KeysOnly; kept?: { member: StoryMember; vectors: KeysOnly }[] };

/** The vectors of a model in the order their weights are stored: the centroid's views, then each kept member's. */
function vectors(model: StoredModel): Weights[] {
  const views = [model.centroid, ...(model.kept ?? []).map((k) => k.vectors)];
  return views.flatMap((v) => [v.specifics, v.terms, v.title]);
}

const keysOf = (v: StoryViews): KeysOnly => ({ specifics: v.specifics.keys, terms: v.terms.keys, title: v.title.keys });

/** A model as its stored JSON and weights blob. The blob is in host byte order: an index moves between little-endian hosts only. */
export function encodeModel(model: StoredModel): { model: string; weights: Buffer } {
  const { centroid, kept, ...rest } = model;
  const json: StoredJson = { ...rest, centroid: keysOf(centroid), kept: kept?.map((k) => ({ member: k.member, vectors: keysOf(k.vectors) })) };
  return { model: JSON.stringify(json), weights: encodeDoubles(vectors(model).flatMap((w) => w.weights)) };
}

/** The model stored as `model` (JSON) and `weights` (blob). */
export function decodeModel(model: string, weights: Uint8Array): StoredModel {
  const doubles = decodeDoubles(weights);
  let at = 0;
  const withWeights = (v: KeysOnly): StoryViews => {
    const views = {} as Record<keyof StoryViews, Weights>;
    for (const view of ['specifics', 'terms', 'title'] as const) {
      const keys = v[view];
      views[view] = { keys, weights: doubles.slice(at, (at += keys.length)) };
    }
    return views;
  };
  const { centroid, kept, ...rest } = JSON.parse(model) as StoredJson;
  // The centroid's weights come first, as in `vectors`.
  const first = withWeights(centroid);
  return { ...rest, centroid: first, ...(kept ? { kept: kept.map((k) => ({ member: k.member, vectors: withWeights(k.vectors) })) } : {}) };
}
