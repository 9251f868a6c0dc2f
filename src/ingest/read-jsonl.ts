/**
 * @module ingest/read-jsonl
 * JSONL: one article per line (`id` or `doc_id`, `url`, `title`, `text` or `html`, `published`, `period`,
 * `outlet`, `language`). Read line by line; a bad line is a problem with its number and the rest goes on.
 */
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { NewstraceError } from '../core/errors.js';
import { normaliseDate } from '../extract/index.js';
import { isSafeId } from './ids.js';
import { readLines } from './lines.js';
import { problem, problemFrom } from './problem.js';
import { draftItem } from './record.js';
import type { Limits, SourceFile, SourceItem } from './types.js';

const optionalText = z.string().nullish();

const JsonlArticle = z
  .object({
    id: z.union([z.string().min(1).max(1024), z.number().finite()]).nullish(),
    /** Alias of `id` used by several public news data sets. */
    doc_id: z.union([z.string().min(1).max(1024), z.number().finite()]).nullish(),
    url: optionalText,
    title: optionalText,
    text: optionalText,
    html: optionalText,
    published: optionalText,
    period: optionalText,
    outlet: optionalText,
    language: optionalText,
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'needs a non-empty "text" or "html" field' });

type JsonlArticle = z.infer<typeof JsonlArticle>;

/** A caller id is kept exactly as given, or the line is refused: it is never silently rewritten. */
function callerId(id: string | number): string {
  const text = String(id);
  if (!isSafeId(text)) {
    throw new NewstraceError('invalid_record', `"id" must not contain control characters, a leading "/" or ".." segments: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return text;
}

function callerIdOf(article: JsonlArticle, fallback: string): string {
  const id = article.id ?? article.doc_id;
  return id === null || id === undefined ? fallback : callerId(id);
}

function parseLine(text: string): JsonlArticle {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NewstraceError('invalid_record', `not valid JSON (${(error as Error).message})`);
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
    throw new NewstraceError('invalid_record', `${where}${issue.message}`);
  }
  return parsed.data;
}

export async function* readJsonl(source: SourceFile, limits: Limits): AsyncGenerator<SourceItem> {
  const stream = createReadStream(source.file);
  try {
    for await (const line of readLines(stream, limits.maxBytes)) {
      if (line.text === null) {
        yield problem(source.display, 'input_too_large', `line of ${line.bytes} bytes exceeds the ${limits.maxBytes}-byte limit`, line.number);
        continue;
      }
      if (line.text.trim() === '') continue;
      try {
        const article = parseLine(line.text);
        const url = article.url ?? null;
        const html = article.html?.trim() ? article.html : null;
        yield draftItem(source, {
          id: callerIdOf(article, `${source.relPath}#${line.number}`),
          url,
          outlet: article.outlet ?? null,
          published: normaliseDate(article.published ?? null),
          period: article.period ?? null,
          input: { content: html ?? article.text ?? '', options: { format: html === null ? 'text' : 'html', url }, title: article.title, language: article.language },
          at: line.number,
        });
      } catch (error) {
        yield problemFrom(source.display, error, line.number);
      }
    }
  } catch (error) {
    yield problemFrom(source.display, error);
  } finally {
    stream.destroy();
  }
}
