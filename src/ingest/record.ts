/**
 * @module ingest/record
 * Assemble a SourceRecord, and give caller-supplied titles the place extraction gives page titles.
 */
import type { Extracted } from '../core/types.js';
import { plainTitle, prependTitle } from '../extract/index.js';
import type { SourceFile, SourceItem } from './types.js';

export interface RecordFields {
  readonly id: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly period?: string | null;
  readonly extracted: Extracted;
  /** Record or line number inside a container file. */
  readonly at?: number;
}

export function documentItem(source: SourceFile, fields: RecordFields): SourceItem {
  const { extracted } = fields;
  return {
    kind: 'document',
    record: {
      id: fields.id,
      path: source.file,
      url: fields.url ?? extracted.url,
      outlet: fields.outlet ?? extracted.siteName,
      published: fields.published ?? extracted.published,
      ...(fields.period ? { period: fields.period } : {}),
      extracted,
      origin: fields.at === undefined ? source.display : `${source.display}#${fields.at}`,
    },
  };
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
