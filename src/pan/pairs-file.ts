/**
 * @module pan/pairs-file
 * The PAN pairs file: one `suspicious-documentX.txt source-documentY.txt` per line. A bad line is
 * reported with its line number and the rest is still read.
 */
import { NewstraceError } from '../core/errors.js';

export interface PanPair {
  readonly suspicious: string;
  readonly source: string;
  /** 1-based line in the pairs file, for messages. */
  readonly line: number;
}

export interface PairsFile {
  readonly pairs: readonly PanPair[];
  readonly problems: readonly NewstraceError[];
}

export function parsePairsFile(text: string, path: string): PairsFile {
  const pairs: PanPair[] = [];
  const problems: NewstraceError[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const fields = line.split(/\s+/);
    const [suspicious, source] = fields;
    if (fields.length !== 2 || suspicious.includes('/') || source.includes('/')) {
      problems.push(new NewstraceError('invalid_record', `expected "SUSPICIOUS.txt SOURCE.txt" (two bare file names), got "${line.slice(0, 120)}"`, { path, line: i + 1 }));
      return;
    }
    pairs.push({ suspicious, source, line: i + 1 });
  });
  return { pairs, problems };
}

/** `suspicious-documentX-source-documentY.xml`, the name PAN scorers look for. */
export function detectionFileName(pair: Pick<PanPair, 'suspicious' | 'source'>): string {
  const stem = (name: string): string => name.replace(/\.txt$/i, '');
  return `${stem(pair.suspicious)}-${stem(pair.source)}.xml`;
}
