/**
 * @module audit/lexicon-en
 * English word lists used by the fact grammars. Everything language-specific in the audit lives in a
 * lexicon like this one, so another language is added by writing one more file and registering it.
 */
import type { Lexicon } from './lexicon.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, dozen: 12,
};

export const english: Lexicon = {
  months: MONTHS,
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' },
  holidays: ['christmas day', 'christmas eve', "new year's day", 'new year', 'easter', 'christmas'],
  relativeDate: [
    /\b(?:last|next|this|past|previous|coming)\s+(?:week(?:end)?|month|year|season|decade|spring|summer|autumn|fall|winter)\b/i,
    /\b(?:the\s+)?end\s+of\s+(?:the|this|next)\s+(?:year|month|week)\b/i,
    /\b(?:earlier|later)\s+this\s+(?:year|month|week)\b/i,
    /\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b/i,
  ],
  numberWords: NUMBER_WORDS,
  scales: { hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 },
  fractions: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
    hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
  },
  ordinalWords: {
    third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
    nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
  },
  ratioWords: ['in', 'out of'],
  pointWords: ['percentage points', 'percentage point', 'points', 'point'],
  basisPointWords: ['basis points', 'basis point', 'bps', 'bp'],
  currencyWords: {
    dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp', pence: 'gbp-p',
    franc: 'chf', francs: 'chf', yen: 'jpy', rupee: 'inr', rupees: 'inr', rouble: 'rub', roubles: 'rub',
    ruble: 'rub', rubles: 'rub', yuan: 'cny', hryvnia: 'uah', hryvnias: 'uah',
  },
  percentWords: ['per cent', 'percent', 'pc'],
  units: {
    m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm', km: 'km', kilometres: 'km', kilometers: 'km',
    cm: 'cm', mile: 'mile', miles: 'mile', s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
    year: 'year', years: 'year', yr: 'year', day: 'day', days: 'day', hour: 'hour', hours: 'hour',
    kg: 'kg', tonnes: 't', tons: 't',
  },
  connectors: ['of', 'for', 'the', 'de', 'del', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'al', 'bin', 'y', 'on', 'upon'],
  andWords: ['and', '&'],
  leadingArticles: ['the', 'a', 'an'],
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'chancellor',
    'minister', 'general', 'brigadier', 'colonel', 'col', 'gen', 'captain', 'capt', 'lieutenant', 'sergeant', 'admiral',
    'director', 'secretary', 'senator', 'sen', 'governor', 'gov', 'judge', 'justice', 'king', 'queen', 'prince',
    'princess', 'pope', 'speaker', 'mp', 'mep', 'msp', 'mayor', 'sheikh', 'ayatollah', 'rev', 'chairman',
    'chairwoman', 'commissioner', 'ceo', 'prime', 'first', 'supreme', 'leader', 'vice', 'deputy', 'chief',
    'director-general', 'ambassador', 'emperor', 'cardinal', 'bishop', 'archbishop', 'coach', 'manager',
    'referee', 'striker', 'midfielder', 'defender', 'goalkeeper', 'boss', 'spokesman', 'spokeswoman', 'analyst',
    'economist', 'sprinter', 'singer', 'actor', 'actress', 'director', 'producer', 'author', 'playwright',
  ],
  organisationHeads: [
    'organization', 'organisation', 'corporation', 'corp', 'agency', 'association', 'committee', 'council',
    'institute', 'institution', 'ministry', 'department', 'commission', 'bank', 'group', 'party', 'company',
    'union', 'corps', 'court', 'exchange', 'service', 'services', 'sciences', 'academy', 'university',
    'college', 'school', 'journal', 'times', 'post', 'news', 'industry', 'industries', 'forces', 'force',
    'army', 'navy', 'police', 'parliament', 'assembly', 'congress', 'senate', 'foundation', 'fund',
    'federation', 'authority', 'board', 'office', 'treasury', 'executive', 'administration', 'inc', 'ltd',
    'plc', 'llc', 'co', 'airlines', 'motors', 'software', 'laboratories', 'programme', 'network',
    'library', 'lords', 'house', 'radio', 'television', 'tv', 'press', 'media', 'airways', 'telecom', 'pharma', 'energy', 'holdings', 'games', 'olympics', 'championships', 'championship', 'cup', 'league', 'trials', 'festival', 'bill', 'act', 'awards', 'award', 'prison',
  ],
  legalSuffixes: ['ltd', 'plc', 'inc', 'llc', 'llp', 'corp', 'co', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'ab', 'asa', 'oyj', 'kk', 'pty', 'international'],
  placeHeads: [
    'new', 'south', 'north', 'east', 'west', 'san', 'los', 'las', 'saint', 'st', 'port', 'lake', 'mount',
    'fort', 'city', 'county', 'street', 'square', 'road', 'island', 'islands', 'bay', 'river', 'kingdom',
    'states', 'republic', 'province', 'region', 'valley', 'coast', 'america', 'africa', 'asia', 'europe',
  ],
  placePrepositions: ['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside'],
  speechVerbs: [
    'say', 'says', 'said', 'tell', 'tells', 'told', 'warn', 'warns', 'warned', 'admit', 'admits', 'admitted',
    'remember', 'remembers', 'remembered', 'recall', 'recalls', 'recalled', 'declare', 'declares', 'declared',
    'labelled', 'labeled', 'called', 'claimed', 'added', 'adds', 'insisted', 'insists', 'argued',
    'argues', 'noted', 'confirmed', 'confirms', 'writes', 'wrote', 'reported', 'stated',
    'announced', 'announces', 'explained', 'revealed', 'suggested', 'estimated', 'believes', 'believe',
    'predicted', 'acknowledged', 'conceded', 'stressed', 'cautioned', 'alleged', 'accused', 'told',
  ],
  auxiliaries: ['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'is', 'was', 'were', 'are', 'also', 'did', 'does', 'do', 'then', 'later', 'previously', 'already', 'not', 'been', 'just', 'only', 'repeatedly', 'always', 'never', 'often', 'once', 'still', 'recently', 'publicly', 'privately', 'reportedly', 'later', 'earlier'],
  negations: ['not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'cannot'],
  clauseWords: ['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'while', 'as', 'when', 'because', 'so', 'if', 'now', 'where', 'although', 'though', 'after', 'before', 'since', 'until', 'what', 'how', 'or'],
  speakerStops: ['in', 'on', 'at', 'who', 'which', 'that', 'after', 'before', 'when', 'while', 'of', 'to', 'for', 'about', 'because', 'as', 'during', 'last', 'yesterday', 'today', 'on'],
  accordingTo: /\baccording\s+to\b/i,
  openers: [
    'meanwhile', 'however', 'moreover', 'subsequently', 'nevertheless', 'separately', 'earlier', 'later', 'now',
    'today', 'yesterday', 'elsewhere', 'instead', 'still', 'also', 'speaking', 'asked', 'despite', 'after', 'before',
    'following', 'under', 'like', 'unlike', 'while', 'although', 'since', 'including', 'former', 'outgoing', 'new',
  ],
  pronouns: ["i've", "we've", "they've", "i'm", "he's", "she's", "i'd", "we'd", 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'who', 'one', 'his', 'her', 'their', 'its', 'there', 'here'],
  anaphors: ['same', 'aforementioned'],
  demonyms: {
    british: 'britain', briton: 'britain', britons: 'britain', french: 'france', dutch: 'netherlands', german: 'germany',
    swiss: 'switzerland', welsh: 'wales', scottish: 'scotland', scots: 'scotland', irish: 'ireland', english: 'england',
    spanish: 'spain', greek: 'greece', turkish: 'turkey', polish: 'poland', danish: 'denmark', swedish: 'sweden',
    finnish: 'finland', norwegian: 'norway', belgian: 'belgium', chinese: 'china', japanese: 'japan',
    portuguese: 'portugal', thai: 'thailand', filipino: 'philippines', peruvian: 'peru', american: 'us',
    tory: 'conservative', tories: 'conservative', lib: 'liberal',
  },
  // Resolves to the built file both from src/audit (tests) and from dist/audit.
  synonymTable: new URL('../../dist/audit/synonyms-en.txt', import.meta.url),
  demonymSuffixes: ['ians', 'ian', 'ans', 'an', 'ese', 'ish', 'is', 'i', 'ic', 'ean', 'n'],
};
