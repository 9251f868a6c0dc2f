/**
 * @module scripts/fit-story-link
 * `node --import tsx scripts/fit-story-link.ts`: the evidence STORY_LINK.minShare (src/corpus/story-link.ts)
 * was set on, and its measure on pairs it was not fitted on.
 *
 * Fit set: ECB+ pairs, positive when both report one event, negative when they report the other
 * event of the same topic (a hard negative: same kind of news, other names and numbers), plus pairs
 * of BBC articles from one desk (each against the next `--desk` of its category in stream order;
 * exact duplicates left out). Rarity is counted over the ECB+ and BBC documents together, as a store
 * holding them would. The share is the grid value with the best F0.5 (precision weighs more: a wrong
 * link is worse than a missing one), with the count of rare shared specifics as set (its cost printed).
 * Report set: NewsWCL50 pairs, same event against different events, rarity over NewsWCL50 and BBC.
 * Printed for both: precision and recall of the old rule (shared vocabulary and capitalised names)
 * and of the new one.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { prependTitle, extract } from '../src/extract/index.js';
import type { AnalyzedText } from '../src/core/types.js';
import { STORY_LINK, isStoryLink, specificKeys, storyEvidence, withBatch, type Rarity, type StoryEvidence } from '../src/corpus/story-link.js';
import { defaultDataDir } from '../src/eval/data/locate.js';
import { bbcDuplicateGroups, ecbPlusSet, newsWclSet, type StorySet } from '../src/eval/stories/story-sets.js';
import { prepareArticle } from '../src/pipeline/prepare.js';
import { THRESHOLDS, storyFeatures } from '../src/verdict/index.js';

const { values } = parseArgs({ options: { desk: { type: 'string', default: '40' } } });
const context = { dataDir: defaultDataDir(resolve(import.meta.dirname, '..')), quick: false, log: (m: string) => console.log(m) };

interface Doc { id: string; gold: string | null; topic: string | null; desk: string | null; analyzed: AnalyzedText }
interface Pair { a: Doc; b: Doc; positive: boolean; kind: string }
interface Scored { positive: boolean; kind: string; old: boolean; vocabulary: number; evidence: StoryEvidence }

function analyse(set: StorySet): { docs: Doc[]; rarity: Rarity } {
  const docs = set.documents.map((d): Doc => {
    const extracted = extract(prependTitle(d.title, d.text), { format: 'text' });
    const desk = d.id.startsWith('bbc:') ? d.id.slice(4).split('/')[0]! : null;
    // ECB+ gold is `<topic>_<subtopic>`: the topic is what the two events of a hard negative share.
    const topic = d.id.startsWith('ecb:') ? d.gold!.split('_')[0]! : null;
    return { id: d.id, gold: d.gold, topic, desk, analyzed: prepareArticle(extracted).analyzed };
  });
  return { docs, rarity: withBatch({ documents: 0, df: new Map() }, docs.map((d) => specificKeys(d.analyzed))) };
}


function eventPairs(docs: Doc[], prefix: string, negative: (a: Doc, b: Doc) => boolean): Pair[] {
  const events = docs.filter((d) => d.id.startsWith(prefix));
  const pairs: Pair[] = [];
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i]!, events[j]!];
      if (a.gold === b.gold) pairs.push({ a, b, positive: true, kind: 'same event' });
      else if (negative(a, b)) pairs.push({ a, b, positive: false, kind: 'other event' });
    }
  }
  return pairs;
}

function deskPairs(docs: Doc[], perDoc: number): Pair[] {
  const duplicates = new Set((bbcDuplicateGroups(context) ?? []).flatMap((g) => g.map((id, i) => g.map((other) => `${id} ${other}`).slice(i + 1)).flat()));
  const byDesk = new Map<string, Doc[]>();
  for (const d of docs) if (d.desk) (byDesk.get(d.desk) ?? byDesk.set(d.desk, []).get(d.desk)!).push(d);
  const pairs: Pair[] = [];
  for (const desk of byDesk.values()) {
    for (let i = 0; i < desk.length; i++) {
      for (let j = i + 1; j <= Math.min(desk.length - 1, i + perDoc); j++) {
        const [a, b] = [desk[i]!, desk[j]!];
        if (!duplicates.has(`${a.id} ${b.id}`) && !duplicates.has(`${b.id} ${a.id}`)) pairs.push({ a, b, positive: false, kind: 'desk' });
      }
    }
  }
  return pairs;
}

function score(pairs: Pair[], rarity: Rarity): Scored[] {
  return pairs.map(({ a, b, positive, kind }) => {
    const e = storyFeatures(a.analyzed, b.analyzed);
    const old = e.vocabularyOverlap >= THRESHOLDS.sameStoryVocabulary && e.sharedNames >= THRESHOLDS.sameStoryNames;
    return { positive, kind, old, vocabulary: e.vocabularyOverlap, evidence: storyEvidence(a.analyzed, b.analyzed, rarity) };
  });
}

const newRule = (minShare: number, minRare: number) => (s: Scored) => isStoryLink({ rare: () => s.evidence.rare, share: () => s.evidence.share, vocabulary: () => s.vocabulary }, { minShare, minRare });

function measure(scored: Scored[], linked: (s: Scored) => boolean) {
  const tp = scored.filter((s) => s.positive && linked(s)).length;
  const fp = scored.filter((s) => !s.positive && linked(s)).length;
  const positives = scored.filter((s) => s.positive).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 0 : tp / positives;
  const beta2 = 0.25;
  const f05 = precision + recall === 0 ? 0 : ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
  const byKind = [...new Set(scored.filter((s) => !s.positive).map((s) => s.kind))].map((k) => `${k} ${scored.filter((s) => s.kind === k && linked(s)).length}/${scored.filter((s) => s.kind === k).length}`);
  return { precision, recall, f05, line: `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F0.5 ${f05.toFixed(3)} (tp ${tp}/${positives}; false links: ${byKind.join(', ')})` };
}

const GRID = Array.from({ length: 15 }, (_, i) => 0.05 + i * 0.025);

const ecb = ecbPlusSet(context);
const wcl = newsWclSet(context);
if (!ecb || !wcl) {
  console.log('skipped: ECB+, NewsWCL50 or BBC data not found');
  process.exit(0);
}
const fit = analyse(ecb);
const fitScored = score([...eventPairs(fit.docs, 'ecb:', (a, b) => a.topic === b.topic), ...deskPairs(fit.docs, Number(values.desk))], fit.rarity);
console.log(`fit set: ECB+ (${fit.docs.filter((d) => d.id.startsWith('ecb:')).length} docs) with BBC desk pairs; corpus ${fit.rarity.documents} documents; ${fitScored.length} pairs`);
console.log(`  old rule (vocabulary >= ${THRESHOLDS.sameStoryVocabulary} and names >= ${THRESHOLDS.sameStoryNames}): ${measure(fitScored, (s) => s.old).line}`);
const rare = STORY_LINK.minRare;
let best = { share: GRID[0]!, rare, f05: -1 };
for (const share of GRID) {
  const m = measure(fitScored, newRule(share, rare));
  console.log(`  vocabulary >= ${THRESHOLDS.sameStoryVocabulary}, specifics share >= ${share.toFixed(3)}, rare shared >= ${rare}: ${m.line}`);
  if (m.f05 > best.f05) best = { share, rare, f05: m.f05 };
}
console.log(`fitted: specifics share >= ${best.share.toFixed(3)} (best F0.5 on the fit set; STORY_LINK.minShare is ${STORY_LINK.minShare})`);
for (const other of [0, 1, 3]) console.log(`  with ${other} rare shared specifics asked instead of ${rare}: ${measure(fitScored, newRule(best.share, other)).line}`);

const report = analyse(wcl);
const reportScored = score([...eventPairs(report.docs, 'wcl:', () => true), ...deskPairs(report.docs, Number(values.desk))], report.rarity);
console.log(`report set: NewsWCL50 pairs (+ BBC desk pairs, counted apart below); corpus ${report.rarity.documents} documents`);
const events = reportScored.filter((s) => s.kind !== 'desk');
console.log(`  old rule: ${measure(events, (s) => s.old).line}`);
console.log(`  new rule (share >= ${best.share.toFixed(3)}, rare >= ${best.rare}): ${measure(events, newRule(best.share, best.rare)).line}`);
console.log(`  with desk pairs, old: ${measure(reportScored, (s) => s.old).line}`);
console.log(`  with desk pairs, new: ${measure(reportScored, newRule(best.share, best.rare)).line}`);
