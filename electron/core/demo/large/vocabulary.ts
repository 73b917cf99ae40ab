// Words of the large demo. Every matter (and its decisions, actions and most follow-up notes) is
// about one topic drawn uniformly from the 24 `topics`, so each topic word lands in about 3 % of the
// searchable rows. What a search benchmark can rely on (the full data set, seed 1, today 2026-03-10:
// 435,728 indexed rows; the generator's tests check the same shares on a small data set):
//   frequent – "arbetet": in most rows (274,594; 63 %): nearly every follow-up note, decision and action.
//   common   – "feriejobb": a topic word (12,827 rows; 2.9 %), nowhere but in its topic's rows.
//   rare     – "kvarnbäcksmodellen": in the notes of one matter per 4,000 (6 rows).
//   prefix   – "skol": skolan, skolor, skolnärvaro, skolkuratorn, skolsköterskorna … (40,145 rows; 9 %).
//   phrase   – "tidiga insatser": a topic (13,188 rows) whose words also occur apart ("tidiga
//              signaler", "samordnade insatser": 14,319 rows hold both words), so the phrase is
//              more selective than the words.

/** Search terms with a known frequency in the large demo data set. */
export const benchmarkTerms = {
  frequent: 'arbetet',
  common: 'feriejobb',
  rare: 'kvarnbäcksmodellen',
  prefix: 'skol',
  phrase: 'tidiga insatser',
} as const;

/** One matter in this many mentions the rare word. */
export const rareEvery = 4000;

export const topics = [
  'skolnärvaro',
  'feriejobb',
  'tidiga insatser',
  'föräldraskapsstöd',
  'psykisk ohälsa bland unga',
  'våld i nära relationer',
  'hedersrelaterat våld',
  'orosanmälningar',
  'samordnad individuell plan',
  'trygghetsvandringar',
  'sommarlovsaktiviteter',
  'läxhjälp',
  'nyanlända elever',
  'elevhälsans kuratorer',
  'missbruk bland unga',
  'skyddade boenden',
  'placeringar utanför hemmet',
  'barn som anhöriga',
  'digitala kränkningar',
  'rekrytering till kriminella nätverk',
  'simkunnighet',
  'hemlöshet bland unga vuxna',
  'familjecentralens öppna förskola',
  'språkutveckling i förskolan',
] as const;
export type Topic = (typeof topics)[number];

export const schools = [
  'Norrbyskolan',
  'Hagaskolan',
  'Ekbackaskolan',
  'Kvarnbyskolan',
  'Lindåsskolan',
  'Solhemsskolan',
  'Västerhöjdsskolan',
  'Åbyskolan',
  'Björkängsskolan',
  'Strandskolan',
  'Furulundsskolan',
  'Centralskolan',
] as const;

export const targetGroups = ['elever i årskurs 7–9', 'barn i förskoleåldern', 'unga vuxna', 'vårdnadshavare', 'elever på mellanstadiet', 'nyanlända familjer', 'ensamkommande ungdomar'] as const;

export const periods = ['vårterminen', 'höstterminen', 'första kvartalet', 'andra kvartalet', 'tertial 2', 'sommaren', 'läsåret'] as const;

export const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

export const delayReasons = [
  'sjukfrånvaro i arbetsgruppen',
  'att underlaget från regionen dröjer',
  'att frågan först behöver beredas i nämnden',
  'hög arbetsbelastning under terminsstarten',
  'att juristernas yttrande inte är klart',
  'att budgetbeslutet ännu inte är fattat',
  'byte av ansvarig chef',
  'att upphandlingen har överklagats',
] as const;

export const guests = [
  { name: 'Eva Strand', title: 'Förvaltningsjurist', organisationName: 'Socialförvaltningen' },
  { name: 'Jonas Lilja', title: 'Forskare', organisationName: 'Högskolan Väst' },
  { name: 'Amira Sabri', title: 'Processledare', organisationName: 'Länsstyrelsen' },
  { name: 'Henrik Dahl', title: 'Controller', organisationName: 'Kommunledningskontoret' },
  { name: 'Linnea Borg', title: 'Utvecklingsledare', organisationName: 'Kommunförbundet' },
] as const;

export const otherMatters = [
  'Inga övriga frågor.',
  'Ordföranden informerade om att nämnderna planerar en gemensam nämndsdag.',
  'Polisen informerade om en kommande trygghetsvandring i centrum.',
  'Skolkuratorerna bjuder in till en öppen workshop om samverkan.',
  'Regionen informerade om ändrade telefontider under sommaren.',
  'Fritidsförvaltningen påminde om ansökningstiden för föreningsbidrag.',
  'Frågan om gemensam lokal för familjecentralen tas upp vid nästa möte.',
] as const;
