/**
 * @module ingest/record
 * A reader's document as a draft, the draft extracted into a SourceRecord, and caller-supplied titles
 * given the place extraction gives page titles.
 */
import type { Extracted } from '../core/types.js';
import { extract, plainTitle, prependTitle } from '../extract/index.js';
import { problemFrom } from './problem.js';
import type { DraftInput, SourceDraft, SourceFile, SourceItem } from './types.js';

export interface DraftFields {
  readonly id: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly period?: string | null;
  readonly input: DraftInput;
  /** Record or line number inside a container file. */
  readonly at?: number;
  /** What a problem with it names, when not the file alone. */
  readonly where?: string;
}

export function draftItem(source: SourceFile, { at, where, ...fields }: DraftFields): SourceItem {
  const origin = at === undefined ? source.display : `${source.display}#${at}`;
  return { kind: 'draft', draft: { ...fields, path: source.file, origin, where: where ?? source.display, ...(at === undefined ? {} : { at }) } };
}

/** The draft's text extracted, and its record made: declared fields first, then the page's own; a failure is a problem naming it. */
export function finishDraft(draft: SourceDraft): Extract<SourceItem, { kind: 'document' | 'problem' }> {
  try {
    const { input } = draft;
    const page = extract(input.content, input.options);
    const extracted = withDeclaredTitle(input.language ? { ...page, declaredLanguage: input.language } : page, input.title);
    const url = draft.url ?? extracted.url;
    return {
      kind: 'document',
      record: {
        id: draft.id,
        path: draft.path,
        url,
        outlet: draft.outlet ?? extracted.siteName ?? (input.outletFromHost ? hostOf(url) : null),
        published: draft.published ?? extracted.published ?? input.fallbackPublished ?? null,
        ...(draft.period ? { period: draft.period } : {}),
        extracted,
        origin: draft.origin,
      },
    };
  } catch (error) {
    return problemFrom(draft.where, error, draft.at);
  }
}

/** `extracted` with a title the source declared outside the text (JSONL field, feed item title). */
export function withDeclaredTitle(extracted: Extracted, title: string | null | undefined): Extracted {
  const clean = plainTitle(title);
  if (!clean) return extracted;
  return { ...extracted, title: clean, text: prependTitle(clean, extracted.text) };
}

/** Host name of a URL, used as the outlet when a page names none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
