/**
 * @module corpus/test-support/front-page
 * Reports written for the aggregator tests: three articles, each with a feed teaser (its title and
 * lead paragraph), and a front page of a dozen teasers, three of them those articles'.
 */

export interface Article {
  readonly title: string;
  readonly lead: string;
  readonly rest: string;
}

export const ARTICLES: Readonly<Record<string, Article>> = {
  reservoir: {
    title: 'Drought closes Harlow Reservoir to boats',
    lead: 'Harlow Reservoir was closed to sailing and fishing on Friday after its level fell to 31 per cent, the lowest since records began in 1962.',
    rest: 'Eastvale Water said the reservoir supplies 240,000 homes and that a hosepipe ban would follow within a fortnight if rain did not come. The Harlow Sailing Club cancelled its regatta for the first time in its history. Club secretary Priya Mandal said members had watched the shoreline retreat by 40 metres since June. Farmers in the valley have been told to expect cuts to abstraction licences. The Environment Agency said the summer had been the driest in the region for 58 years, with 12 mm of rain in July against an average of 61 mm.',
  },
  observatory: {
    title: 'Kelso Observatory reopens after fire',
    lead: 'The Kelso Observatory reopened to visitors on Saturday, three years after a fire destroyed its dome and the 1890s refracting telescope beneath it.',
    rest: 'A restored telescope, rebuilt by instrument makers in Leiden from the surviving lenses, was unveiled by director Tomas Ferreira. The rebuild cost 4.2 million, most of it raised by a public appeal that drew 19,000 donors. Ferreira said the first public viewing night, planned for the Perseid meteor shower, had sold out within an hour. The fire, in March 2021, was traced to a faulty heater in the dome. The observatory will open five nights a week and offer free sessions to local schools.',
  },
  tram: {
    title: 'Lindford tram line opens a year late',
    lead: 'The first passengers rode the new Lindford tram line on Monday, a year behind schedule and 80 million over its budget.',
    rest: 'The 11-kilometre line links the railway station with the hospital and the university campus at Fenwick Park. City transport chief Maud Okafor said 14,000 journeys a day were expected within a year. Delays were blamed on an unmapped sewer under Market Street, which had to be moved before rails could be laid. Fares will be free for the first week. Traders on Market Street, who lost trade during two years of works, have asked the council for rate relief.',
  },
};

/** Teasers of stories the corpus has no article for: only the page carries them. */
const OTHER_TEASERS: readonly (readonly [string, string])[] = [
  ['Ashby council votes to sell its airport', 'Ashby council voted 31 to 18 on Tuesday to sell the loss-making municipal airport to a logistics firm for 26 million.'],
  ['Record crowd watches Corrin Cup final', 'A record crowd of 48,500 saw Dunmore Rovers beat Caltham 2-1 in the Corrin Cup final, with a late goal from captain Joel Amadi.'],
  ['Beekeepers warn of hornet spread', 'The Northern Beekeepers Association said on Thursday that Asian hornet nests had been found in 14 parishes, up from three last year.'],
  ['Strike shuts Penmoor port for second day', 'Dockers at Penmoor stayed out for a second day on Wednesday, leaving 60 container ships waiting offshore in a dispute over shift patterns.'],
  ['Ferrydale school wins national robotics title', 'Pupils from Ferrydale High won the national schools robotics championship with a machine that sorts recycling, beating 212 teams.'],
  ['Gale topples Weymarsh pier lights', 'Winds of 90 mph brought down the lighting rig on Weymarsh pier overnight, and the coastguard closed the promenade until Sunday.'],
  ['Library fines scrapped in Brackford', 'Brackford libraries will stop charging fines for late returns from April, after a trial in which 3,100 lapsed members came back.'],
  ['Rail fares to rise 4.6 per cent', 'Regulated rail fares will rise by 4.6 per cent in March, the Transport Department said, the largest increase in a decade.'],
  ['Orchard thieves take 2 tonnes of apples', 'Police in the Tamsin valley are hunting thieves who stripped 2 tonnes of apples from an orchard at Upper Lisk during the night.'],
];

export const teaser = (a: Article): string => `${a.title}\n\n${a.lead}`;
export const article = (a: Article): string => `${a.title}\n\n${a.lead}\n\n${a.rest}`;

/** A front page: the twelve teasers under one heading, the articles' among the others. */
export function frontPage(): string {
  const [a, b, c] = Object.values(ARTICLES).map(teaser);
  const others = OTHER_TEASERS.map(([title, lead]) => `${title}\n\n${lead}`);
  return ['Latest headlines', others[0], a, ...others.slice(1, 4), b, ...others.slice(4, 7), c, ...others.slice(7)].join('\n\n');
}
