/**
 * @module verdict/explain
 * One paragraph in plain language that names the relation and the figures behind it.
 */
import { percent, plural } from '../core/format.js';
import type { Direction, Relation } from '../core/types.js';
import type { VerdictFeatures } from './features.js';
import { THRESHOLDS } from './thresholds.js';

const HEADLINE: Record<Relation, string> = {
  copy: 'The second text is a near-verbatim copy of the first.',
  'light-rewrite': 'The second text is a light rewrite of the first: most sentences are copied with small edits.',
  'heavy-rewrite': 'The second text is a heavy rewrite of the first: it retells the same material largely in new words.',
  'partial-copy': 'The second text reuses a passage of the first inside otherwise different text.',
  'same-story': 'The two texts look like independent reports of the same story: they share names and vocabulary but little aligned text.',
  unrelated: 'The two texts appear unrelated.',
};

const DIRECTION: Record<Direction, string> = {
  'source-to-derivative': ' The second text reads as written from the first',
  'derivative-to-source': ' The first text reads as written from the second',
  unknown: '',
};

const DERIVED: ReadonlySet<Relation> = new Set(['copy', 'light-rewrite', 'heavy-rewrite']);

/**
 * The headline, saying so when the second text takes less than half of the first: a two-sentence
 * excerpt of a long page is "a near-verbatim copy of part of the first (9% of it)", not of the page.
 */
function headline(relation: Relation, f: VerdictFeatures): string {
  const line = HEADLINE[relation];
  if (!DERIVED.has(relation) || f.sourceCoverage >= THRESHOLDS.minDerivedCoverage) return line;
  return line.replace(' of the first', ` of part of the first (${percent(f.sourceCoverage)} of it)`);
}

export function explain(relation: Relation, direction: Direction, f: VerdictFeatures, names: readonly string[] = []): string {
  const parts = [headline(relation, f)];
  parts.push(
    `${percent(f.derivativeCoverage)} of the second text and ${percent(f.sourceCoverage)} of the first are aligned ` +
      `(${plural(f.copiedPassages, 'copied passage')}, ${plural(f.paraphrasedPassages, 'paraphrased passage')}); ` +
      `${percent(f.verbatimShare)} of the second text's words sit in word sequences also found in the first, ` +
      `and ${percent(f.orderedShare)} keep the order of the source sentences they are linked to.`,
  );
  const examples = names.length > 0 ? ` (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''})` : '';
  parts.push(`They share ${plural(f.sharedNames, 'capitalised name')}${examples} and ${percent(f.vocabularyOverlap)} of their content vocabulary (Dice).`);
  if (DIRECTION[direction]) {
    const why = f.derivativeCoverage - f.sourceCoverage >= THRESHOLDS.directionMargin
      ? `more of it is aligned (${percent(f.derivativeCoverage)}) than of the first (${percent(f.sourceCoverage)}), so it retells a selection of the first`
      : `it changes or adds facts (${plural(f.changedFacts, 'changed fact')}, ${plural(f.unsupportedFacts, 'unsupported fact')})`;
    parts.push(`${DIRECTION[direction].trim()}: ${why}.`);
  }
  return parts.join(' ');
}
