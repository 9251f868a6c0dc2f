import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.js';

const BODY = 'Officials said the plant would open next year. The ministry did not comment.';

test('removes a "Read also" header with its bullet link list', () => {
  const raw = `${BODY}\n\nRead also:\n\n  • Ukraine news\n\n  • War in Ukraine\n\nThe second paragraph ends here.`;
  assert.equal(cleanText(raw).text, `${BODY}\n\nThe second paragraph ends here.`);
});

test('removes a subscribe prompt split over several tiny lines', () => {
  const raw = `${BODY}\n\nSubscribe to our\n\nTelegram\n\n\u00a0and\n\nViber\n\nchannels .`;
  assert.equal(cleanText(raw).text, BODY);
});

test('removes share, follow, cookie, copyright and advertisement lines in several languages', () => {
  const junk = [
    'Share this article', 'Follow us on Twitter', 'We use cookies to improve your experience.', 'Advertisement',
    '© 2024 The Daily Ledger. All rights reserved.', 'Читайте также:', 'Lesen Sie auch', 'Abonnez-vous à notre newsletter',
  ];
  assert.equal(cleanText([BODY, ...junk].join('\n\n')).text, BODY);
});

test('keeps long body sentences that merely mention cookies or subscriptions', () => {
  const sentence =
    'Regulators said the company had failed to explain how it uses cookies to track readers across sites, and that subscribers were never asked for consent before their browsing data was shared with advertisers in at least three countries.';
  assert.equal(cleanText(`${BODY}\n\n${sentence}`).text, `${BODY}\n\n${sentence}`);
});

test('joins a sentence broken around a link across blank lines', () => {
  const raw = 'We will remind that on January 6, the US Treasury\u00a0\n\nintroduced sanctions against the suppliers of Iranian UAVs\n\n, which were used to attack civilian objects in Ukraine.';
  assert.equal(
    cleanText(raw).text,
    'We will remind that on January 6, the US Treasury introduced sanctions against the suppliers of Iranian UAVs, which were used to attack civilian objects in Ukraine.',
  );
});

test('joins hard-wrapped lines into paragraphs and splits at short sentence-final lines', () => {
  const raw = [
    'Moscow and Tehran are moving ahead with plans to construct a',
    'drone factory in Russia, according to sources aligned with the United States.',
    'The facility will have the capacity to produce at least 6,000 drones designed',
    'by Iran and will be used in the ongoing war in Ukraine. This latest development',
    'has alarmed the West.',
    'A high-level Iranian delegation visited Russia in early January to visit the',
    'planned site for the factory and discuss the details of the counter-',
    'intelligence project with officials in charge of the new drone factory.',
  ].join('\n');
  const paragraphs = cleanText(raw).text.split('\n\n');
  assert.equal(paragraphs.length, 2);
  assert.match(paragraphs[0], /^Moscow and Tehran .* construct a drone factory .* United States\. The facility .* has alarmed the West\.$/);
  assert.match(paragraphs[1], /counter-intelligence project/);
});

test('does not glue short list items or lines of an unwrapped text', () => {
  const raw = 'Key points:\n- Foreign firms get one more year\n- The deadline is 15 June 2006\nWhat is the study?\nResearchers led by a professor set out to record it.';
  assert.deepEqual(cleanText(raw).text.split('\n\n'), [
    'Key points:', '- Foreign firms get one more year', '- The deadline is 15 June 2006', 'What is the study?',
    'Researchers led by a professor set out to record it.',
  ]);
});

test('recognises a quoted first line as the headline and keeps it as the first paragraph', () => {
  const raw = '"Tehran and Moscow Join Forces"\nMoscow and Tehran are moving ahead with plans to construct a\ndrone factory in Russia, according to sources aligned with the United States.\nThe facility will have the capacity to produce at least 6,000 drones designed\nby Iran and will be used in the ongoing war in Ukraine.';
  const cleaned = cleanText(raw);
  assert.equal(cleaned.title, 'Tehran and Moscow Join Forces');
  assert.equal(cleaned.text.split('\n\n')[0], '"Tehran and Moscow Join Forces"');
  assert.match(cleaned.text.split('\n\n')[1], /^Moscow and Tehran .* construct a drone factory/);
});

test('recognises a short unpunctuated first line set apart by a blank line as the headline', () => {
  assert.equal(cleanText(`India calls for fair trade rules\n\n${BODY}`).title, 'India calls for fair trade rules');
  assert.equal(cleanText(`${BODY}\n\nMore text follows here.`).title, null);
});

test('output has paragraphs separated by exactly one blank line and no stray whitespace', () => {
  const text = cleanText(`\n\n  First   paragraph\there.  \n\n\n\n\nSecond one.\r\n\r\n`).text;
  assert.equal(text, 'First paragraph here.\n\nSecond one.');
});

test('cleans a text of 300,000 short lines without overflowing the stack', () => {
  const lines = Array.from({ length: 300_000 }, (_, i) => (i % 3 === 2 ? '' : `line ${i} of a long list`));
  const cleaned = cleanText(lines.join('\n'));
  assert.ok(cleaned.text.length > 1_000_000);
});
