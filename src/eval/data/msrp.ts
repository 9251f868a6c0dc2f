/**
 * @module eval/data/msrp
 * MSRP split files: `Quality \t #1 ID \t #2 ID \t #1 String \t #2 String`, no header, a leading BOM,
 * bare quotes inside strings (so tabs only, no CSV quoting).
 */
import { readFileSync } from 'node:fs';
import { NewstraceError } from '../../core/errors.js';

export interface MsrpPair {
  readonly paraphrase: boolean;
  readonly id1: string;
  readonly id2: string;
  readonly sentence1: string;
  readonly sentence2: string;
}

export function parseMsrp(text: string, path: string): MsrpPair[] {
  const pairs: MsrpPair[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length !== 5 || (fields[0] !== '0' && fields[0] !== '1')) {
      throw new NewstraceError('invalid_record', `expected 5 tab-separated fields starting with 0 or 1, got ${fields.length} fields`, { path, line: i + 1 });
    }
    const [quality, id1, id2, sentence1, sentence2] = fields;
    pairs.push({ paraphrase: quality === '1', id1, id2, sentence1, sentence2 });
  });
  return pairs;
}

export function loadMsrp(path: string): MsrpPair[] {
  return parseMsrp(readFileSync(path, 'utf8'), path);
}
