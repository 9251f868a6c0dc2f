/**
 * @module eval/data/clough
 * Clough & Stevenson short answers: 95 answers, each written against one of five Wikipedia originals
 * (`orig_task{a..e}.txt`), labelled cut / light / heavy / non in `file_information.csv`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewstraceError } from '../../core/errors.js';
import { decodeBytes } from '../../extract/index.js';

export type CloughCategory = 'cut' | 'light' | 'heavy' | 'non';

export interface CloughAnswer {
  readonly file: string;
  readonly task: string;
  readonly category: CloughCategory;
  readonly text: string;
}

export interface CloughCorpus {
  /** Task letter -> original text. */
  readonly originals: ReadonlyMap<string, string>;
  readonly answers: readonly CloughAnswer[];
}

const CATEGORIES = new Set(['cut', 'light', 'heavy', 'non', 'orig']);

export function loadClough(dir: string): CloughCorpus {
  const csvPath = join(dir, 'file_information.csv');
  const read = (file: string): string => decodeBytes(readFileSync(join(dir, 'files', file)), file);
  const originals = new Map<string, string>();
  const answers: CloughAnswer[] = [];
  const lines = readFileSync(csvPath, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/);
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const [file, task, category] = line.split(',').map((f) => f.trim());
    if (!file || !task || !CATEGORIES.has(category)) {
      throw new NewstraceError('invalid_record', `expected File,Task,Category with a known category, got "${line}"`, { path: csvPath, line: i + 2 });
    }
    if (category === 'orig') originals.set(task, read(file));
    else answers.push({ file, task, category: category as CloughCategory, text: read(file) });
  });
  for (const a of answers) {
    if (!originals.has(a.task)) throw new NewstraceError('invalid_record', `no original for task ${a.task} (answer ${a.file})`, { path: csvPath });
  }
  return { originals, answers };
}
