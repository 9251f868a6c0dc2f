/**
 * @module pan/detection-xml
 * PAN's per-pair XML: `<document reference="susp.txt">` with one `<feature …/>` per passage. Writes
 * detections (`detected-plagiarism`) and reads gold or detection files back into offsets.
 */
import { XMLParser } from 'fast-xml-parser';
import { NewstraceError } from '../core/errors.js';
import type { PanAnnotation } from '../eval/metrics/index.js';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function writeDetectionXml(suspiciousReference: string, detections: readonly PanAnnotation[]): string {
  const features = detections.map(
    (d) =>
      `<feature name="detected-plagiarism" this_offset="${d.thisOffset}" this_length="${d.thisLength}" ` +
      `source_reference="${escapeAttribute(d.sourceReference)}" source_offset="${d.sourceOffset}" source_length="${d.sourceLength}"/>`,
  );
  return ['<document reference="' + escapeAttribute(suspiciousReference) + '">', ...features, '</document>', ''].join('\n');
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'feature' });

/** Features named `plagiarism` (gold) or `detected-plagiarism` (detections); others are ignored. */
export function readPanXml(xml: string, path: string): PanAnnotation[] {
  let tree: { document?: { reference?: string; feature?: Record<string, string>[] } };
  try {
    tree = parser.parse(xml);
  } catch (cause) {
    throw new NewstraceError('invalid_record', 'not well-formed PAN XML', { path, cause });
  }
  const document = tree.document;
  if (!document || typeof document.reference !== 'string') throw new NewstraceError('invalid_record', 'no <document reference="…"> element', { path });
  const thisReference = document.reference;
  return (document.feature ?? [])
    .filter((f) => f.name === 'plagiarism' || f.name === 'detected-plagiarism')
    .map((f) => {
      const number = (key: string): number => {
        const value = Number(f[key]);
        if (!Number.isInteger(value) || value < 0) throw new NewstraceError('invalid_record', `feature attribute ${key}="${f[key]}" is not a non-negative integer`, { path });
        return value;
      };
      return {
        thisReference,
        sourceReference: String(f.source_reference ?? ''),
        thisOffset: number('this_offset'),
        thisLength: number('this_length'),
        sourceOffset: number('source_offset'),
        sourceLength: number('source_length'),
      };
    });
}
