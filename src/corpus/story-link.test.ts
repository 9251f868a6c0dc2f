import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedText } from '../core/types.js';
import { analyze } from '../text/index.js';
import { storyFeatures, THRESHOLDS } from '../verdict/index.js';
import type { Candidate } from './candidates.js';
import { DEFAULT_POLICY } from './policy.js';
import { sharesRareSpecifics, specificKeys, withBatch, type Rarity } from './story-link.js';
import { storyEdge, verifyCandidates, type PairSide, type TextSource } from './verify.js';

// Two pieces from one politics desk: the party, its leader, the weekday and the usual vocabulary.
const DESK_A = `Labour leader Tony Blair said on Monday that the government would press ahead with its plans for schools.
Mr Blair told Labour members in London that the government had listened to parents and teachers.
The Conservatives said the plans for schools would cost parents more, and Mr Howard said the government had failed.
Labour said the government would publish its plans for schools next week.`;
const DESK_B = `Labour leader Tony Blair said on Monday that the government would press ahead with its plans for hospitals.
Mr Blair told Labour members in London that the government had listened to patients and nurses.
The Conservatives said the plans for hospitals would cost patients more, and Mr Howard said the government had failed.
Labour said the government would publish its plans for hospitals next week.`;

// Two outlets' reports of one event: the names, the place and the figures of that event.
const EVENT_A = `A fire at the Ostrava Steelworks on Tuesday forced the evacuation of 1,240 workers, the plant's owner Halvorsen Metals said.
Fire chief Kirsten Vahl said crews from Ostrava and Karvina fought the blaze in furnace hall 17 for six hours.
Halvorsen Metals said 38 workers were treated for smoke and that the Ostrava Steelworks would stay closed.
Vahl said the cause of the fire in hall 17 was not yet known.`;
const EVENT_B = `Some 1,240 workers were evacuated from the Ostrava Steelworks after a blaze broke out in furnace hall 17, Halvorsen Metals said.
Crews from Ostrava and Karvina fought the fire for six hours, fire chief Kirsten Vahl told reporters.
Halvorsen Metals said 38 workers were treated for smoke inhalation and the Ostrava Steelworks would stay closed for now.
Vahl said investigators had not yet found the cause of the fire.`;

const side = (id: string, text: string): PairSide => ({ id, analyzed: analyze(text, { language: 'en' }), published: null });

/** A corpus of 5,000 documents in which a desk's usual names are common and everything else rare. */
function deskCorpus(common: readonly string[]): Rarity {
  const everyday = new Set(common);
  return { documents: 5000, df: (key) => (everyday.has(key) ? 800 : 2) };
}

const oldRule = (a: AnalyzedText, b: AnalyzedText) => {
  const e = storyFeatures(a, b);
  return e.vocabularyOverlap >= THRESHOLDS.sameStoryVocabulary && e.sharedNames >= THRESHOLDS.sameStoryNames;
};

test('two desk articles sharing only the desk\'s common names and vocabulary are not linked as one story', () => {
  const [a, b] = [side('desk-a', DESK_A), side('desk-b', DESK_B)];
  assert.ok(oldRule(a.analyzed, b.analyzed), 'the fixture is a pair the count of capitalised names linked');
  const rarity = deskCorpus(['Labour', 'Tony', 'Blair', 'Tony Blair', 'Mr', 'Mr Blair', 'Monday', 'London', 'Conservatives', 'Howard', 'Mr Howard']);
  assert.equal(storyEdge(a, b, rarity), null);
});

test('two outlets\' reports of one event sharing rare names and numbers are linked as one story', () => {
  const [a, b] = [side('event-a', EVENT_A), side('event-b', EVENT_B)];
  const edge = storyEdge(a, b, deskCorpus(['Tuesday']));
  assert.equal(edge?.relation, 'same-story');
  assert.equal(edge?.directed, false);
});

test('with no corpus beyond the pair itself nothing is rare, so no story link is stored', () => {
  const [a, b] = [side('event-a', EVENT_A), side('event-b', EVENT_B)];
  assert.equal(storyEdge(a, b, withBatch({ documents: 0, df: new Map() }, [specificKeys(a.analyzed), specificKeys(b.analyzed)])), null);
});

test('frequencies of a batch are added to the stored ones, each document counted once per key', () => {
  const rarity = withBatch({ documents: 10, df: new Map([['Vahl', 3]]) }, [new Set(['Vahl', 'Ostrava']), new Set(['Vahl'])]);
  assert.equal(rarity.documents, 12);
  assert.equal(rarity.df('Vahl'), 5);
  assert.equal(rarity.df('Ostrava'), 1);
  assert.equal(rarity.df('Karvina'), 0);
});

test('a weak candidate sharing no rare name or number with the new text is passed over without loading its text', async () => {
  const stored = new Map([side('desk-a', DESK_A), side('event-a', EVENT_A)].map((s) => [s.id, s]));
  const loaded: string[] = [];
  const texts: TextSource = {
    load: async (id) => (loaded.push(id), stored.get(id) ?? null),
    specifics: async (id) => { const s = stored.get(id); return s ? specificKeys(s.analyzed) : null; },
  };
  const fresh = side('event-b', EVENT_B);
  const rarity = deskCorpus(['Tuesday']);
  assert.equal(sharesRareSpecifics(specificKeys(stored.get('desk-a')!.analyzed), specificKeys(fresh.analyzed), rarity), false);
  const weak = ['desk-a', 'missing', 'event-a'].map((id) => ({ id }) as Candidate);
  const { edges } = await verifyCandidates(fresh, { near: [], classes: [] }, [], texts, { ...DEFAULT_POLICY, storyChecks: 3 }, weak, rarity);
  assert.deepEqual(edges.map((e) => [e.from, e.relation]), [['event-a', 'same-story']]);
  assert.deepEqual(loaded, ['event-a']);
});
