/**
 * @module corpus/test-support/fixture-record
 * A source record of a fixture text for the corpus tests, published on day `day` of May 2024 (1-9).
 */
import { extract } from '../../extract/index.js';
import type { SourceRecord } from '../../ingest/types.js';

export function fixtureRecord(id: string, text: string, day: number): SourceRecord {
  return { id, path: null, url: null, outlet: null, published: `2024-05-0${day}T09:00:00Z`, extracted: extract(text, { format: 'text' }), origin: `fixture ${id}` };
}
