import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STORY, collect, documents, problems, storyPage, withTempDir } from './test-support/fixtures.js';

test('reads JSONL articles with caller ids and metadata; bad lines are problems with line numbers', async () => {
  await withTempDir(async (dir) => {
    const lines = [
      JSON.stringify({ id: 'a-1', url: 'https://city.example/a', title: 'Budget passes', text: STORY, published: '2024-03-05', outlet: 'City Post', language: 'en' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-body', title: 'Only a title' }),
      '',
      JSON.stringify({ html: storyPage('Council approves budget'), url: 'https://city.example/b' }),
      JSON.stringify({ id: '../../etc/passwd', text: STORY }),
      JSON.stringify({ id: 42, text: STORY, period: '2004-2005' }),
    ];
    await writeFile(join(dir, 'feed.jsonl'), `\ufeff${lines.join('\r\n')}\n`);
    const items = await collect([join(dir, 'feed.jsonl')]);
    const docs = documents(items);
    assert.deepEqual(docs.map((r) => r.id), ['a-1', 'corpus/feed.jsonl#5', '42']);
    assert.deepEqual([docs[0].url, docs[0].outlet, docs[0].published, docs[0].extracted.declaredLanguage], ['https://city.example/a', 'City Post', '2024-03-05', 'en']);
    assert.equal(docs[0].extracted.title, 'Budget passes');
    assert.equal(docs[0].extracted.text, `Budget passes\n\n${STORY}`);
    assert.equal(docs[0].origin, `${join(dir, 'feed.jsonl')}#1`);
    assert.equal(docs[1].extracted.format, 'html');
    assert.equal(docs[1].outlet, 'City Post');
    // A coarse period stands in for a date the record does not have, and is not invented elsewhere.
    assert.deepEqual([docs[2].published, docs[2].period, docs[0].period], [null, '2004-2005', undefined]);
    assert.deepEqual(problems(items).map((p) => [p.line, p.code]), [[2, 'invalid_record'], [3, 'invalid_record'], [6, 'invalid_record']]);
    assert.match(problems(items)[0].reason, /not valid JSON/);
    assert.match(problems(items)[1].reason, /"text" or "html"/);
    assert.match(problems(items)[2].reason, /\.\./);
  });
});

test('an over-long JSONL line is reported without being buffered, and reading goes on', async () => {
  await withTempDir(async (dir) => {
    const long = JSON.stringify({ text: 'x'.repeat(50_000) });
    await writeFile(join(dir, 'big.jsonl'), `${long}\n${JSON.stringify({ id: 'ok', text: STORY })}`);
    const items = await collect([dir], { maxBytes: 10_000 });
    assert.deepEqual(problems(items).map((p) => [p.line, p.code]), [[1, 'input_too_large']]);
    assert.deepEqual(documents(items).map((r) => r.id), ['ok']);
  });
});
