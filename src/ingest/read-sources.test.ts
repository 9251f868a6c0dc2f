import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countSources } from './count-sources.js';
import { readSources } from './read-sources.js';
import { STORY, collect, documents, problems, storyPage, withTempDir } from './test-support/fixtures.js';

test('walks a folder recursively with ids from the folder name down, forward slashes, stable across runs', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, '2024', 'march'), { recursive: true });
    await writeFile(join(dir, 'top.txt'), `Budget passes\n\n${STORY}`);
    await writeFile(join(dir, '2024', 'march', 'story.html'), storyPage('Council approves budget'));
    await writeFile(join(dir, '2024', 'notes.md'), 'ignored: not a source kind');
    const first = documents(await collect([dir]));
    assert.deepEqual(first.map((r) => r.id), ['corpus/2024/march/story.html', 'corpus/top.txt']);
    assert.equal(first[0].path, join(dir, '2024/march/story.html'), 'path: the file it was read from');
    assert.equal(first[0].outlet, 'City Post');
    assert.equal(first[0].origin, join(dir, '2024/march/story.html'));
    assert.equal(first[1].extracted.title, 'Budget passes');
    assert.deepEqual(documents(await collect([dir])).map((r) => r.id), first.map((r) => r.id));
  });
});

test('script-laden HTML never leaks scripts into the text', async () => {
  await withTempDir(async (dir) => {
    const evil = '<script>alert("XSS-LEAK")</script><style>.x{}</style>';
    await writeFile(join(dir, 'evil.html'), storyPage('<img src=x onerror=alert(1)>Budget', evil).replace('<p>', `<p onclick="alert('LEAK')">${evil}`));
    const [record] = documents(await collect([dir]));
    assert.ok(!/LEAK|alert|onerror|<script/i.test(record.extracted.text), record.extracted.text);
    assert.equal(record.extracted.title, 'Budget');
  });
});

test('a binary file with a .txt name is a problem and the rest is still read', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    await writeFile(join(dir, 'b-story.txt'), STORY);
    const items = await collect([dir]);
    assert.deepEqual(problems(items).map((p) => [p.path, p.code]), [[join(dir, 'a-image.txt'), 'binary_input']]);
    assert.deepEqual(documents(items).map((r) => r.id), ['corpus/b-story.txt']);
  });
});

test('a symlink pointing outside the root is skipped with a problem; one inside is followed', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'root'));
    await writeFile(join(dir, 'secret.txt'), STORY);
    await writeFile(join(dir, 'root', 'inside.txt'), STORY);
    await symlink(join(dir, 'secret.txt'), join(dir, 'root', 'escape.txt'));
    await symlink(join(dir, 'root', 'inside.txt'), join(dir, 'root', 'alias.txt'));
    const items = await collect([join(dir, 'root')]);
    assert.deepEqual(problems(items).map((p) => [p.path, p.code]), [[join(dir, 'root', 'escape.txt'), 'unreadable_file']]);
    assert.match(problems(items)[0].reason, /outside/);
    assert.deepEqual(documents(items).map((r) => r.id), ['root/alias.txt', 'root/inside.txt']);
    assert.ok(documents(items).every((r) => !r.id.includes('..')));
  });
});

test('a file that vanishes between listing and reading is a problem', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.txt'), STORY);
    await writeFile(join(dir, 'b.txt'), STORY);
    const seen: string[] = [];
    for await (const item of readSources([dir])) {
      if (item.kind === 'draft') {
        seen.push(item.draft.id);
        await rm(join(dir, 'b.txt'));
      } else if (item.kind === 'problem') {
        seen.push(`${item.code}: ${item.reason}`);
      }
    }
    assert.deepEqual(seen, ['corpus/a.txt', 'unreadable_file: the file disappeared before it could be read']);
  });
});

test('two folders with the same file names give different ids; a file named alone keeps the id its folder gives it', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'seeds'));
    await mkdir(join(dir, 'other'));
    await writeFile(join(dir, 'seeds', 'rewrite.txt'), STORY);
    await writeFile(join(dir, 'other', 'rewrite.txt'), `${STORY} Another text.`);
    const ids = documents(await collect([join(dir, 'seeds'), join(dir, 'other')])).map((r) => r.id);
    assert.deepEqual(ids, ['seeds/rewrite.txt', 'other/rewrite.txt']);
    assert.deepEqual(documents(await collect([join(dir, 'seeds', 'rewrite.txt')])).map((r) => r.id), ['seeds/rewrite.txt']);
    assert.deepEqual(documents(await collect([join(dir, 'seeds', '.')])).map((r) => r.id), ['seeds/rewrite.txt'], 'the real folder name, not "."');
  });
});

test('a path that does not exist is an unusable argument and throws', async () => {
  await assert.rejects(collect(['/nonexistent/newstrace-input']), { code: 'unreadable_file' });
});

test('a document over maxBytes is a problem naming the limit', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'big.txt'), STORY.repeat(100));
    const [item] = await collect([dir], { maxBytes: 1000 });
    assert.equal(item.kind === 'problem' && item.code, 'input_too_large');
  });
});

test('countSources estimates files and bytes by kind without reading content', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.txt'), STORY);
    await writeFile(join(dir, 'b.jsonl'), `{"text":"${STORY}"}\n`);
    const estimate = await countSources([dir]);
    assert.equal(estimate.files, 2);
    assert.equal(estimate.documentFiles, 1);
    assert.equal(estimate.byKind.jsonl, 1);
    assert.equal(estimate.bytes, STORY.length * 2 + 12);
  });
});
