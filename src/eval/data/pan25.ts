/**
 * @module eval/data/pan25
 * PAN 2025 generated-plagiarism sample: one JSON per paper pair. Candidate paragraphs rewritten from a
 * source paragraph carry `plagiarism.source_paragraph_id`; paragraphs marked `altered` were rewritten
 * without a source and must not be linked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NewstraceError } from '../../core/errors.js';

export interface Pan25Paragraph {
  readonly id: string;
  readonly text: string;
  /** Gold source paragraph id for a rewritten candidate paragraph. */
  readonly sourceParagraphId: string | null;
}

export interface Pan25Pair {
  readonly file: string;
  readonly id: string;
  /** Pair label: `plagiarism`, `altered` or `original`. */
  readonly type: string;
  readonly source: readonly Pan25Paragraph[];
  readonly candidate: readonly Pan25Paragraph[];
}

interface RawParagraph {
  id?: unknown;
  content?: unknown;
  plagiarism?: { source_paragraph_id?: unknown };
}
interface RawDocument {
  abstract?: RawParagraph[];
  sections?: { paragraphs?: RawParagraph[] }[];
}

function paragraphs(doc: RawDocument | undefined, path: string): Pan25Paragraph[] {
  if (!doc) throw new NewstraceError('invalid_record', 'missing source or candidate document', { path });
  const raw = [...(doc.abstract ?? []), ...(doc.sections ?? []).flatMap((s) => s.paragraphs ?? [])];
  return raw
    .filter((p) => typeof p.content === 'string' && p.content.trim() !== '')
    .map((p) => ({
      id: String(p.id),
      // Paragraph breaks inside a paragraph would split it when the document is rebuilt.
      text: String(p.content).replace(/\s*\n\s*/g, ' ').trim(),
      sourceParagraphId: typeof p.plagiarism?.source_paragraph_id === 'string' ? p.plagiarism.source_paragraph_id : null,
    }));
}

export function loadPan25(dir: string): Pan25Pair[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as { id?: unknown; plagiarism?: { type?: unknown }; source?: RawDocument; candidate?: RawDocument };
      return {
        file,
        id: String(json.id),
        type: String(json.plagiarism?.type ?? 'original'),
        source: paragraphs(json.source, path),
        candidate: paragraphs(json.candidate, path),
      };
    });
}
