/**
 * @module text/language
 * Language identification with ELD (n-gram detector, 60 languages). The extra-small database keeps
 * CLI start-up low; news paragraphs are long enough for it.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Detector {
  detect(text: string): { language: string };
}

/** Written by scripts/build.mjs beside the compiled module; absent when running from src/. */
const DATABASE_JSON = new URL('./eld-extrasmall.json', import.meta.url);

/**
 * ELD's own module holds its database as a 1 MB object literal, whose evaluation was half the wall
 * time of a CLI call; the same data as JSON parses several times faster. ELD has no public way to
 * load data, so its detector factory is reached beside its entry point (eld is pinned by the lock
 * file, and the tests run both paths).
 */
async function loadDetector(): Promise<Detector> {
  if (!existsSync(DATABASE_JSON)) return (await import('eld/extrasmall')).eld;
  const factory = new URL('../languageDetector.js', import.meta.resolve('eld/extrasmall')).href;
  const { createEld } = (await import(factory)) as { createEld: () => { instance: Detector; loadData: (data: unknown) => void } };
  const { instance, loadData } = createEld();
  loadData(JSON.parse(readFileSync(DATABASE_JSON, 'utf8')));
  return instance;
}

const eld = await loadDetector();

/**
 * Fewer than 20 letters tell no language. Tested, not counted: listing every letter of the sample to
 * count them took about 0.1 ms a news text, a third as long as detecting its language.
 */
const ENOUGH_LETTERS = /^(?:\P{L}*\p{L}){20}/u;

/** Characters looked at: enough for a stable guess, bounded so huge inputs stay cheap. */
const SAMPLE = 4000;

/**
 * ISO 639-1 code of the text's language, `und` when it cannot be told (too short, no letters).
 * @example detectLanguage('Moscow and Tehran are pursuing plans') // 'en'
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, SAMPLE);
  const declaredBase = declared ? declared.toLowerCase().split(/[-_]/)[0] : null;
  if (!ENOUGH_LETTERS.test(sample)) return declaredBase ?? 'und';
  const result = eld.detect(sample);
  return result.language || declaredBase || 'und';
}
