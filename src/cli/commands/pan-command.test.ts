import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPanXml } from '../../pan/detection-xml.js';
import { captureIO } from '../test-support/capture-io.js';
import { panCommand } from './pan.js';

const copied =
  'The harbour authority said on Tuesday that the new container terminal would open in March next year. ' +
  'It will handle twice the cargo of the old quay, according to the port director, Maria Jensen. ' +
  'Local fishermen fear that the dredging works will drive the cod away from the bay for several seasons.';

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-pan-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'susp'));
  writeFileSync(join(dir, 'src', 'source-document1.txt'), `Weather was mild across the region.\n\n${copied}\n\nThe council meets again in May.\n`);
  writeFileSync(
    join(dir, 'susp', 'suspicious-document1.txt'),
    `Ein völlig anderer Anfang – ganz ohne Bezug.\n\nA story about gardens and roses in full bloom this summer.\n\n${copied}\n\nMore about roses follows tomorrow.\n`,
  );
  writeFileSync(join(dir, 'pairs'), 'suspicious-document1.txt source-document1.txt\nnot a valid line\nsuspicious-document1.txt source-document9.txt\n');
  return dir;
}

test('pan writes one PAN XML per good pair and reports bad lines and missing documents with exit 3', async () => {
  const dir = fixture();
  const io = captureIO({ cwd: dir });
  const code = await panCommand.run(['pairs', 'src', 'susp', 'out', '--jobs', '1', '--json'], io);
  assert.equal(code, 3);
  assert.deepEqual(readdirSync(join(dir, 'out')), ['suspicious-document1-source-document1.xml']);
  assert.match(io.err(), /pairs:2: expected/);
  assert.match(io.err(), /pairs:3: document not found: .*source-document9\.txt/);
  const summary = JSON.parse(io.out());
  assert.equal(summary.written, 1);
  assert.equal(summary.problems.length, 2);

  const susp = readFileSync(join(dir, 'susp', 'suspicious-document1.txt'), 'utf8');
  const src = readFileSync(join(dir, 'src', 'source-document1.txt'), 'utf8');
  const detections = readPanXml(readFileSync(join(dir, 'out', 'suspicious-document1-source-document1.xml'), 'utf8'), 'out.xml');
  assert.ok(detections.length >= 1, 'the copied passage is detected');
  const start = susp.indexOf(copied);
  const covered = detections.some((d) => d.thisOffset <= start + 10 && d.thisOffset + d.thisLength >= start + copied.length - 10);
  assert.ok(covered, `a detection spans the copied passage at ${start}: ${JSON.stringify(detections)}`);
  const d = detections[0];
  assert.equal(d.sourceReference, 'source-document1.txt');
  assert.ok(src.slice(d.sourceOffset, d.sourceOffset + d.sourceLength).includes('container terminal'));
});

test('pan rejects a bad --jobs value as a usage error', async () => {
  const io = captureIO();
  assert.equal(await panCommand.run(['p', 's', 'u', 'o', '--jobs', '0'], io), 2);
  assert.match(io.err(), /--jobs needs a whole number/);
});

test('pan shows progress on a terminal and a one-line summary', async () => {
  const dir = fixture();
  writeFileSync(join(dir, 'pairs'), 'suspicious-document1.txt source-document1.txt\n');
  const io = captureIO({ cwd: dir, tty: true });
  assert.equal(await panCommand.run(['pairs', 'src', 'susp', 'out'], io), 0);
  assert.match(io.err(), /\rpan: 1\/1 pairs, \d+ detections\n/);
  assert.match(io.out(), /^pan: 1 of 1 pairs written to out, \d+ detections, [\d.]+ s/);
});
