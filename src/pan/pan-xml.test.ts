import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPanXml, writeDetectionXml } from './detection-xml.js';
import { detectionFileName, parsePairsFile } from './pairs-file.js';

test('detections round-trip through the PAN XML format with escaped references', () => {
  const detection = { thisReference: 'susp "a"&b.txt', sourceReference: 'src<1>.txt', thisOffset: 5, thisLength: 10, sourceOffset: 0, sourceLength: 12 };
  const xml = writeDetectionXml(detection.thisReference, [detection]);
  assert.match(xml, /^<document reference="susp &quot;a&quot;&amp;b.txt">/);
  assert.match(xml, /<feature name="detected-plagiarism" this_offset="5" this_length="10" source_reference="src&lt;1&gt;.txt"/);
  assert.deepEqual(readPanXml(xml, 'x.xml'), [detection]);
});

test('gold PAN features are read and other features ignored', () => {
  const xml = `<document reference="suspicious-document00005.txt">
<feature name="about" lang="en"/>
<feature name="plagiarism" obfuscation="none" source_length="698" source_offset="1300" source_reference="source-document01090.txt" this_length="698" this_offset="3593" type="artificial" />
</document>`;
  assert.deepEqual(readPanXml(xml, 'g.xml'), [
    { thisReference: 'suspicious-document00005.txt', sourceReference: 'source-document01090.txt', thisOffset: 3593, thisLength: 698, sourceOffset: 1300, sourceLength: 698 },
  ]);
});

test('an empty detection file has a document element and no features', () => {
  assert.deepEqual(readPanXml(writeDetectionXml('s.txt', []), 'e.xml'), []);
  assert.throws(() => readPanXml('<other/>', 'bad.xml'), /bad\.xml: no <document/);
});

test('pairs file lines are parsed and bad lines reported with their line number', () => {
  const parsed = parsePairsFile('\ufeffsuspicious-document1.txt source-document2.txt\n\nonly-one.txt\na.txt b.txt c.txt\n', 'pairs');
  assert.deepEqual(parsed.pairs, [{ suspicious: 'suspicious-document1.txt', source: 'source-document2.txt', line: 1 }]);
  assert.deepEqual(parsed.problems.map((p) => p.line), [3, 4]);
  assert.match(parsed.problems[0].message, /^pairs:3: /);
  assert.equal(detectionFileName(parsed.pairs[0]), 'suspicious-document1-source-document2.xml');
});
