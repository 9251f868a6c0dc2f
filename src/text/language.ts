/**
 * @module text/language
 * Language identification with ELD (n-gram detector, 60 languages). The extra-small database keeps
 * CLI start-up low; news paragraphs are long enough for it.
 */
import { eld } from 'eld/extrasmall';

/** Characters looked at: enough for a stable guess, bounded so huge inputs stay cheap. */
const SAMPLE = 4000;

/**
 * ISO 639-1 code of the text's language, `und` when it cannot be told (too short, no letters).
 * @example detectLanguage('Moscow and Tehran are pursuing plans') // 'en'
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const declaredBase = declared ? declared.toLowerCase().split(/[-_]/)[0] : null;
  if (letters < 20) return declaredBase ?? 'und';
  const result = eld.detect(sample);
  return result.language || declaredBase || 'und';
}
