/**
 * @module audit/equivalences-en
 * English titles, abbreviations and short forms that name the same thing. The first entry of each
 * group is the canonical form. Kept small and literal: anything cleverer belongs in alignment.
 */
export const englishEquivalences: readonly (readonly string[])[] = [
  ['chief executive', 'chief executive officer', 'ceo'],
  ['us', 'u s', 'usa', 'united states', 'united states of america', 'america'],
  ['uk', 'u k', 'united kingdom', 'britain', 'great britain'],
  ['un', 'united nations'],
  ['eu', 'european union'],
  ['liberal democrats', 'liberal democrat', 'lib dems', 'lib dem'],
  ['conservatives', 'conservative', 'tories', 'tory'],
  ['professor', 'prof'],
  ['per cent', 'percent', 'pc'],
  ['jet fighters', 'fighter jets'],
  ['metres', 'm', 'meters'],
  ['seconds', 'secs', 'sec'],
  ['uav', 'uavs', 'drone', 'drones', 'unmanned aerial vehicle'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
];
