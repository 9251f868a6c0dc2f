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

/**
 * The papers also list pieces of a paragraph (`S3.p1.14`) beside the paragraph itself (`S3.p1`), and
 * gold links name either. A piece is identified with its paragraph, and dropped when its text is
 * already inside the paragraph's (it would only duplicate it).
 */
function parentId(id: string, ids: ReadonlySet<string>): string {
  const parent = id.replace(/\.\d+$/, '');
  return parent !== id && ids.has(parent) ? parent : id;
}

function mergePieces(paragraphs: Pan25Paragraph[]): Pan25Paragraph[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const ids = new Set(byId.keys());
  return paragraphs
    .filter((p) => {
      const parent = byId.get(parentId(p.id, ids));
      return !parent || parent === p || !parent.text.includes(p.text);
    })
    .map((p) => ({ ...p, id: parentId(p.id, ids) }));
}

function paragraphs(doc: RawDocument | undefined, path: string): Pan25Paragraph[] {
  if (!doc) throw new NewstraceError('invalid_record', 'missing source or candidate document', { path });
  const raw = [...(doc.abstract ?? []), ...(doc.sections ?? []).flatMap((s) => s.paragraphs ?? [])];
  const all = raw
    .filter((p) => typeof p.content === 'string' && p.content.trim() !== '')
    .map((p) => ({
      id: String(p.id),
      // Paragraph breaks inside a paragraph would split it when the document is rebuilt.
      text: String(p.content).replace(/\s*\n\s*/g, ' ').trim(),
      sourceParagraphId: typeof p.plagiarism?.source_paragraph_id === 'string' ? p.plagiarism.source_paragraph_id : null,
    }));
  return all;
}

export function loadPan25(dir: string): Pan25Pair[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as { id?: unknown; plagiarism?: { type?: unknown }; source?: RawDocument; candidate?: RawDocument };
      const rawSource = paragraphs(json.source, path);
      const sourceIds = new Set(rawSource.map((p) => p.id));
      return {
        file,
        id: String(json.id),
        type: String(json.plagiarism?.type ?? 'original'),
        source: mergePieces(rawSource),
        // Candidate pieces carry their own gold links, so they stay; their gold names a source paragraph.
        candidate: paragraphs(json.candidate, path).map((p) => ({
          ...p,
          sourceParagraphId: p.sourceParagraphId === null ? null : parentId(p.sourceParagraphId, sourceIds),
        })),
      };
    });
}
