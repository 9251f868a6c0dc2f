/**
 * @module ingest/test-support/fixtures
 * Temporary folders and item collection for the ingest tests; fixtures are written per test.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../read-sources.js';
import { finishDraft } from '../record.js';
import type { ReadSourcesOptions, SourceItem, SourceRecord } from '../types.js';

/** The folder name every test corpus has, so ids are known in advance: `corpus/top.txt`. */
export const CORPUS = 'corpus';

export async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const parent = await mkdtemp(join(tmpdir(), 'newstrace-ingest-'));
  try {
    const dir = join(parent, CORPUS);
    await mkdir(dir);
    await fn(dir);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

export async function collect(paths: readonly string[], options?: ReadSourcesOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, options)) items.push(item);
  return items;
}

/** The items with drafts extracted, as the prepare pool would. */
export function finished(items: readonly SourceItem[]): Extract<SourceItem, { kind: 'document' | 'problem' }>[] {
  return items.map((item) => (item.kind === 'draft' ? finishDraft(item.draft) : item));
}

export function documents(items: readonly SourceItem[]): SourceRecord[] {
  return finished(items).flatMap((item) => (item.kind === 'document' ? [item.record] : []));
}

export function problems(items: readonly SourceItem[]): Extract<SourceItem, { kind: 'problem' }>[] {
  return finished(items).flatMap((item) => (item.kind === 'problem' ? [item] : []));
}

export const STORY = 'The council approved the new budget on Tuesday after a long debate. Schools will receive more money next year.';

export function storyPage(title: string, extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="City Post">${extra}</head>` +
    `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p>${STORY}</p><p>${STORY}</p></article></body></html>`;
}
