/**
 * @module audit/audit-facts
 * Fact diff of a source and a retelling: every fact of either side ends up kept, changed,
 * unsupported (only in the retelling) or dropped (only in the source). Repeated findings about the
 * same value are reported once, so a report stays proportionate to what actually changed.
 */
import type { Alignment, AnalyzedText, Fact, FactDiff } from '../core/types.js';
import { diffAttributions } from './attribution-diff.js';
import { findClaims } from './claims.js';
import { extractFacts } from './extract-facts.js';
import { anchorLinks } from './anchor-links.js';
import { indexLinks, type LinkIndex } from './links.js';
import { changedNote, droppedNote, keptNote, unsupportedNote } from './notes.js';
import { pairChanges } from './pair-changes.js';
import { reportOnce } from './report-once.js';
import { indexText, isStated, NAME_TYPES, type TextIndex } from './text-index.js';

/** Words in a quotation short enough to be a phrase the retelling may reword. */
const SHORT_QUOTE = 3;
const SIMPLE = new Set(['person', 'organization', 'place', 'entity', 'number', 'money', 'date', 'quote']);

export function auditFacts(source: AnalyzedText, derivative: AnalyzedText, alignment: Alignment): FactDiff[] {
  const src = indexText(source, extractFacts(source));
  const der = indexText(derivative, extractFacts(derivative));
  const links = indexLinks(source, derivative, [...alignment.links, ...anchorLinks(src, der, alignment.links)]);
  const simpleSource = src.facts.filter((f) => SIMPLE.has(f.type));
  const simpleDerivative = der.facts.filter((f) => SIMPLE.has(f.type));
  // A few quoted words in a sentence the retelling kept are reworded, not lost ("very heartening").
  const shortQuote = (f: Fact, linked: boolean) => f.type === 'quote' && linked && f.value.split(' ').length <= SHORT_QUOTE;
  const keptSource = simpleSource.filter((f) => isStated(f, der) || shortQuote(f, links.bySource(f.sentence).length > 0));
  const keptDerivative = new Set(simpleDerivative.filter((f) => isStated(f, src) || shortQuote(f, links.byDerivative(f.sentence).length > 0)));
  const missingSource = simpleSource.filter((f) => !keptSource.includes(f));
  const missingDerivative = simpleDerivative.filter((f) => !keptDerivative.has(f));
  const changes = pairChanges(missingSource.filter((f) => f.type !== 'quote'), missingDerivative.filter((f) => f.type !== 'quote'), links, src, der);
  const changedS = new Set(changes.map((c) => c.source));
  const changedD = new Set(changes.map((c) => c.derivative));

  const diffs: FactDiff[] = [
    ...keptSource.map((f): FactDiff => ({ status: 'kept', type: f.type, source: f, derivative: counterpart(f, der, links), note: keptNote(f) })),
    ...changes.map((c): FactDiff => ({ status: 'changed', type: c.source.type, source: c.source, derivative: c.derivative, note: changedNote(c.source, c.derivative) })),
    ...missingSource.filter((f) => !changedS.has(f)).map((f): FactDiff => ({ status: 'dropped', type: f.type, source: f, derivative: null, note: droppedNote(f) })),
    ...missingDerivative.filter((f) => !changedD.has(f)).map((f): FactDiff => ({ status: 'unsupported', type: f.type, source: null, derivative: f, note: unsupportedNote(f) })),
    ...diffAttributions(src, der, links),
  ];
  const flaggedSource = flaggedSentences(diffs, 'source');
  const flaggedDerivative = flaggedSentences(diffs, 'derivative');
  for (const f of findClaims('source', src, der, links, flaggedSource)) diffs.push({ status: 'dropped', type: 'claim', source: f, derivative: null, note: droppedNote(f) });
  for (const f of findClaims('derivative', der, src, links, flaggedDerivative)) diffs.push({ status: 'unsupported', type: 'claim', source: null, derivative: f, note: unsupportedNote(f) });
  const sentenceLength = (text: AnalyzedText, f: Fact | null) => (f ? text.sentences[f.sentence]?.text.length ?? 0 : 0);
  const texts = {
    text: (d: FactDiff) => (d.status === 'unsupported' ? derivative.text : source.text),
    context: (d: FactDiff) => sentenceLength(source, d.source) + sentenceLength(derivative, d.derivative),
  };
  return reportOnce(collapse(diffs).sort((a, b) => position(a) - position(b)), texts, src.lexicon);
}

/** The derivative fact restating a kept one, preferably in a linked sentence, so reports can link the two. */
function counterpart(f: Fact, der: TextIndex, links: LinkIndex): Fact | null {
  const same = der.facts.filter((g) => g.type === f.type && g.value === f.value);
  const linked = new Set(links.bySource(f.sentence).map((p) => p.derivative));
  return same.find((g) => linked.has(g.sentence)) ?? same[0] ?? null;
}

function flaggedSentences(diffs: readonly FactDiff[], side: 'source' | 'derivative'): Set<number> {
  const out = new Set<number>();
  for (const d of diffs) {
    const f = d[side];
    if (d.status !== 'kept' && f) out.add(f.sentence);
  }
  return out;
}

/** One finding per status and value pair: later mentions of a dropped name add nothing. */
function collapse(diffs: readonly FactDiff[]): FactDiff[] {
  const seen = new Set<string>();
  const changedValues = new Set(diffs.filter((d) => d.status === 'changed').flatMap((d) => [`s:${d.source?.value}`, `d:${d.derivative?.value}`]));
  const out: FactDiff[] = [];
  for (const d of diffs) {
    const changedElsewhere = (d.status === 'dropped' && changedValues.has(`s:${d.source?.value}`)) || (d.status === 'unsupported' && changedValues.has(`d:${d.derivative?.value}`));
    if (changedElsewhere && d.type !== 'attribution') continue;
    // Every change is its own finding; repeated mentions of a kept, dropped or added value are one.
    // An attribution is lost per statement: each sentence that no longer says who said it is a finding.
    const key = d.status === 'changed'
      ? `${d.source?.span.start}|${d.derivative?.span.start}`
      : d.type === 'attribution'
        ? `${d.status}|attribution|${(d.source ?? d.derivative)?.sentence}|${d.source?.value ?? ''}|${d.derivative?.value ?? ''}`
        : `${d.status}|${NAME_TYPES.has(d.type) ? 'name' : d.type}|${d.source?.value ?? ''}|${d.derivative?.value ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function position(d: FactDiff): number {
  return d.source ? d.source.span.start : 1e9 + (d.derivative?.span.start ?? 0);
}
