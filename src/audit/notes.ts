/**
 * @module audit/notes
 * The plain-language sentence attached to every fact finding.
 */
import type { Fact } from '../core/types.js';
import { compareNames } from './similarity.js';
import { NAME_TYPES } from './text-index.js';

const LABEL: Readonly<Record<string, string>> = {
  person: 'name', organization: 'organisation name', place: 'place name', entity: 'name', number: 'number',
  money: 'amount', date: 'date', quote: 'quotation', attribution: 'attribution', claim: 'statement',
};

export function changedNote(source: Fact, derivative: Fact): string {
  if (NAME_TYPES.has(source.type)) {
    const c = compareNames(source.value, derivative.value);
    if (c.shared > 0 && c.onlyA.length > 0) {
      const spelt = c.closest >= 0.5 ? 'spelled differently' : 'different';
      return `${LABEL[source.type]} ${spelt} in the aligned sentence: ${source.text} → ${derivative.text}`;
    }
    return `a different ${LABEL[source.type]} in the same place: ${source.text} → ${derivative.text}`;
  }
  return `${LABEL[source.type]} changed in the aligned sentence: ${source.text} → ${derivative.text}`;
}

export function droppedNote(f: Fact): string {
  return `${LABEL[f.type]} in the source but nowhere in the retelling: ${f.text}`;
}

export function unsupportedNote(f: Fact): string {
  return `${LABEL[f.type]} in the retelling that the source never states: ${f.text}`;
}

export function keptNote(f: Fact): string {
  return `${LABEL[f.type]} stated by both: ${f.text}`;
}
