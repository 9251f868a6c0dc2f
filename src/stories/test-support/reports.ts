/** @module stories/test-support/reports: short reports written for the story tests (title, then body). */

// Two earthquakes in one country (one topic, two events), each told by three outlets, and a roundup
// naming both; and one ferry strike told by six outlets in their own words.
export const REPORTS: Readonly<Record<string, string>> = {
  'mirenza/herald': 'Quake of magnitude 6.8 shakes Mirenza. A magnitude 6.8 earthquake struck off the coast of Valdoria on Tuesday, shaking the port city of Mirenza. The Valdoria Seismic Institute said the quake was centred 40 km west of Mirenza. Mayor Ilse Branco said 12 buildings collapsed in the old town.',
  'mirenza/courier': 'Mirenza digs out after 6.8 earthquake. Rescuers in Mirenza worked through the night after the 6.8 earthquake in Valdoria. Mayor Ilse Branco told reporters that 12 buildings had fallen. The Valdoria Seismic Institute recorded six aftershocks near the harbour.',
  'mirenza/wire': 'Valdoria earthquake: 12 buildings down in Mirenza. The earthquake that hit Valdoria measured 6.8, according to the Valdoria Seismic Institute. In Mirenza, Mayor Ilse Branco said the old town lost 12 buildings and the harbour was closed.',
  'telsk/herald': 'Earthquake of magnitude 5.9 hits Telsk. A magnitude 5.9 earthquake struck the Korvath valley of Valdoria on Sunday, damaging farms around the town of Telsk. Governor Anton Reyes said 300 families had left their homes, the Valdoria Seismic Institute said.',
  'telsk/courier': 'Telsk families flee after Korvath quake. Governor Anton Reyes said 300 families from Telsk spent the night in tents after the 5.9 earthquake in Valdoria. The Valdoria Seismic Institute warned that aftershocks could follow in the Korvath valley.',
  'telsk/wire': 'Valdoria quake: 300 Telsk families in tents. The 5.9 earthquake in the Korvath valley left 300 families from Telsk homeless, Governor Anton Reyes said. The Valdoria Seismic Institute put the quake 8 km deep.',
  'valdoria/roundup': 'Second earthquake in a week hits Valdoria. Valdoria was struck by its second earthquake in a week on Sunday. After the 6.8 earthquake that felled 12 buildings in Mirenza, where Mayor Ilse Branco led the rescue, a 5.9 earthquake hit Telsk in the Korvath valley, Governor Anton Reyes said. The Valdoria Seismic Institute said the two quakes were not linked.',
  'ferry/herald': 'Ferry crews strike at Port Selby. Ferry crews at Port Selby walked out on Monday over pay, stranding 2,000 passengers. The Selby Seafarers Union said talks with Northline Ferries had failed. Northline chief Dana Whitcombe called the strike unnecessary.',
  'ferry/courier': 'Port Selby ferry strike strands passengers. About 2,000 passengers were stranded at Port Selby as ferry crews struck over pay. Dana Whitcombe of Northline Ferries said the Selby Seafarers Union had walked away from talks.',
  'ferry/wire': 'Northline crews walk out. Crews of Northline Ferries stopped work at Port Selby, leaving 2,000 travellers stuck. The Selby Seafarers Union blamed Dana Whitcombe for the breakdown in pay talks.',
  'ferry/gazette': 'Strike halts Port Selby sailings. No Northline Ferries sailed from Port Selby on Monday. The Selby Seafarers Union said its members would not return until pay talks resumed; Dana Whitcombe said the offer was fair.',
  'ferry/post': 'Passengers stuck as Selby ferry crews strike. Some 2,000 passengers waited at Port Selby after the Selby Seafarers Union called a strike over pay. Northline Ferries boss Dana Whitcombe urged crews to return.',
  'ferry/times': 'Selby ferry dispute: what we know. The Selby Seafarers Union walked out at Port Selby after talks with Northline Ferries failed. Dana Whitcombe, who runs Northline, said 2,000 passengers had been let down.',
};
