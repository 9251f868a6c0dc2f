import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { detectLanguage } from './language.js';

const SAMPLES: Record<string, string> = {
  en: 'The council approved the new tram line on Tuesday after a long debate about its cost.',
  de: 'Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie genehmigt.',
  fr: 'Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.',
  es: 'El ayuntamiento aprobó el martes la nueva línea de tranvía tras un largo debate sobre su coste.',
  it: 'Il consiglio comunale ha approvato martedì la nuova linea del tram dopo un lungo dibattito sui costi.',
  ru: 'Городской совет во вторник одобрил новую трамвайную линию после долгих споров о её стоимости.',
};

test('detects the language of news sentences, and falls back to the declared one for short texts', () => {
  for (const [language, text] of Object.entries(SAMPLES)) assert.equal(detectLanguage(text), language, text);
  assert.equal(detectLanguage('OK.', 'de-AT'), 'de');
  assert.equal(detectLanguage('12 345'), 'und');
});

const compiled = new URL('../../dist/text/language.js', import.meta.url);

test('the built detector, reading its database as JSON, answers as ELD\'s own module does', { skip: existsSync(compiled) ? undefined : 'dist/ is not built' }, async () => {
  const built = (await import(compiled.href)) as typeof import('./language.js');
  assert.ok(existsSync(new URL('../../dist/text/eld-extrasmall.json', import.meta.url)), 'the build writes the database');
  for (const text of Object.values(SAMPLES)) assert.equal(built.detectLanguage(text), detectLanguage(text), text);
});
