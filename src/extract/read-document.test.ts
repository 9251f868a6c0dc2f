import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readDocumentFile } from './read-document.js';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'newstrace-extract-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const STORY = 'The council approved the budget on Tuesday. Schools get more money.';

test('reads and extracts a text file', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'story.txt'), `Council approves budget\n\n${STORY}\n`);
    const result = await readDocumentFile(join(dir, 'story.txt'));
    assert.equal(result.title, 'Council approves budget');
    assert.equal(result.text, `Council approves budget\n\n${STORY}`);
  });
});

test("reads stdin for '-'", async () => {
  const result = await readDocumentFile('-', { stdin: Readable.from([Buffer.from(STORY)]) });
  assert.equal(result.text, STORY);
});

test('refuses a 50 MB file before reading it, stating the limit', async () => {
  await withDir(async (dir) => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    await assert.rejects(readDocumentFile(path), (error: Error & { code?: string }) => {
      return error.code === 'input_too_large' && error.message.includes('huge.txt') && error.message.includes('16 MiB');
    });
  });
});

test('refuses stdin larger than the limit', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  const stream = Readable.from((function* () { for (let i = 0; i < 20; i++) yield chunk; })());
  await assert.rejects(readDocumentFile('-', { stdin: stream }), { code: 'input_too_large' });
});

test('names the path of a missing file, an empty file and a binary file', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const cases: [string, string][] = [['missing.txt', 'unreadable_file'], ['empty.txt', 'empty_input'], ['image.txt', 'binary_input']];
    for (const [name, code] of cases) {
      await assert.rejects(readDocumentFile(join(dir, name)), (error: Error & { code?: string; path?: string }) => {
        return error.code === code && error.path === join(dir, name) && error.message.includes(name);
      });
    }
    await assert.rejects(readDocumentFile(dir), { code: 'unreadable_file' });
  });
});
