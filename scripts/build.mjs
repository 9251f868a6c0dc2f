// `npm run build` (and `prepare`, and `npm test` first): compiles src/ to dist/ with tsc, bundles the
// marked-text module the web UI shares with the HTML report for the browser, then writes the
// language-identification database as JSON beside dist/text/language.js. ELD ships it as a 1 MB
// JavaScript object literal, and evaluating that module was half the wall time of a CLI call;
// JSON.parse reads the same data about three times faster (see src/text/language.ts). It bundles
// the graph layout library the web UI's Stories page draws with (dagre) into one browser module,
// dist/web/dagre.js, served as /lib/dagre.js. Last, the English synonym table the fact audit reads
// (scripts/synonyms.mjs, src/audit/synonyms.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { writeSynonyms } from './synonyms.mjs';

const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// One ES module with its imports inlined, served to the UI as /lib/marked-text.js (src/server/static-files.ts).
await build({
  entryPoints: ['src/report/marked-text.ts'],
  outfile: 'dist/web/marked-text.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
});
const { ngramsData } = await import(new URL('../ngrams/extrasmall.js', import.meta.resolve('eld/extrasmall')).href);
mkdirSync('dist/text', { recursive: true });
writeFileSync('dist/text/eld-extrasmall.json', JSON.stringify(ngramsData));
await build({ entryPoints: ['@dagrejs/dagre'], bundle: true, format: 'esm', minify: true, legalComments: 'linked', outfile: 'dist/web/dagre.js', logLevel: 'warning' });
mkdirSync('dist/audit', { recursive: true });
writeSynonyms('dist/audit/synonyms-en.txt');
