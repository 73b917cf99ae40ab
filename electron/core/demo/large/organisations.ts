// Organisations and people of the large demo (the fictional municipality of Ekeryd, grown to
// five city districts). Everything is invented; e-mail addresses use the reserved .example domain.
import type { OrganisationKind } from '../../../../shared/contract/index.ts';
import type { Random } from '../random.ts';

export type OrgSetup = { key: string; name: string; shortName: string; kind: OrganisationKind; domain: string; titles: readonly string[]; weight: number };

export const organisations: readonly OrgSetup[] = [
  { key: 'bun', name: 'Barn- och utbildningsnämnden', shortName: 'BUN', kind: 'committee', domain: 'ekeryd', titles: ['Ordförande', 'Vice ordförande', 'Ledamot'], weight: 1 },
  { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee', domain: 'ekeryd', titles: ['Ordförande', 'Vice ordförande', 'Ledamot'], weight: 1 },
  { key: 'kfn', name: 'Kultur- och fritidsnämnden', shortName: 'KFN', kind: 'committee', domain: 'ekeryd', titles: ['Ordförande', 'Ledamot'], weight: 1 },
  {
    key: 'utf',
    name: 'Utbildningsförvaltningen',
    shortName: 'UTF',
    kind: 'administration',
    domain: 'ekeryd',
    titles: ['Rektor', 'Biträdande rektor', 'Chef för elevhälsan', 'Skolkurator', 'Skolsköterska', 'Specialpedagog', 'Verksamhetsutvecklare', 'Nämndsekreterare'],
    weight: 6,
  },
  {
    key: 'sof',
    name: 'Socialförvaltningen',
    shortName: 'SOF',
    kind: 'administration',
    domain: 'ekeryd',
    titles: ['Enhetschef barn och unga', 'Socialsekreterare', 'Familjebehandlare', 'Avdelningschef', 'Utvecklingsledare', 'Nämndsekreterare', 'Fältsekreterare'],
    weight: 6,
  },
  { key: 'kff', name: 'Kultur- och fritidsförvaltningen', shortName: 'KFF', kind: 'administration', domain: 'ekeryd', titles: ['Fritidschef', 'Fritidsledare', 'Föreningskonsulent', 'Enhetschef fritidsgårdar'], weight: 3 },
  { key: 'amf', name: 'Arbetsmarknadsförvaltningen', shortName: 'AMF', kind: 'administration', domain: 'ekeryd', titles: ['Enhetschef', 'Arbetsmarknadskonsulent', 'Studie- och yrkesvägledare'], weight: 2 },
  { key: 'klk', name: 'Kommunledningskontoret', shortName: 'KLK', kind: 'administration', domain: 'ekeryd', titles: ['Trygghetssamordnare', 'Folkhälsostrateg', 'Utredare'], weight: 2 },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', shortName: 'VOF', kind: 'administration', domain: 'ekeryd', titles: ['Enhetschef', 'Biståndshandläggare'], weight: 1 },
  { key: 'bup', name: 'Region Västra Götaland, BUP', shortName: 'BUP', kind: 'region', domain: 'bup', titles: ['Verksamhetschef', 'Enhetschef', 'Psykolog', 'Kurator'], weight: 2 },
  { key: 'vc', name: 'Region Västra Götaland, vårdcentralerna', shortName: 'Vårdcentralerna', kind: 'region', domain: 'vgr', titles: ['Verksamhetschef', 'Distriktssköterska', 'Barnsjuksköterska'], weight: 1 },
  { key: 'umo', name: 'Region Västra Götaland, ungdomsmottagningen', shortName: 'UMO', kind: 'region', domain: 'vgr', titles: ['Barnmorska', 'Kurator', 'Enhetschef'], weight: 1 },
  { key: 'polis', name: 'Polisen lokalpolisområde Ekeryd', shortName: 'Polisen', kind: 'police', domain: 'polisen', titles: ['Kommunpolis', 'Områdespolis', 'Gruppchef'], weight: 2 },
  { key: 'rtj', name: 'Räddningstjänsten Ekeryd', shortName: 'Räddningstjänsten', kind: 'other', domain: 'rtj', titles: ['Brandinspektör', 'Säkerhetssamordnare'], weight: 1 },
  { key: 'bostad', name: 'Ekerydsbostäder AB', shortName: 'Ekerydsbostäder', kind: 'other', domain: 'ekerydsbostader', titles: ['Områdeschef', 'Trygghetsvärd'], weight: 1 },
  { key: 'forening', name: 'Föreningsrådet i Ekeryd', shortName: 'Föreningsrådet', kind: 'other', domain: 'foreningsradet', titles: ['Ordförande', 'Kanslist'], weight: 1 },
  { key: 'af', name: 'Arbetsförmedlingen Ekeryd', shortName: 'Arbetsförmedlingen', kind: 'other', domain: 'af', titles: ['Sektionschef', 'Arbetsförmedlare'], weight: 1 },
];

const firstNames = [
  'Anna', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kristina', 'Elin', 'Sofia', 'Johanna', 'Linnea', 'Maja', 'Ida', 'Helena', 'Fatima', 'Amina',
  'Mirja', 'Nadia', 'Birgitta', 'Eva', 'Malin', 'Hanna', 'Frida', 'Leila', 'Ingrid', 'Camilla', 'Therese', 'Yasmin', 'Agnes', 'Ebba',
  'Erik', 'Lars', 'Karl', 'Johan', 'Anders', 'Per', 'Mikael', 'Ali', 'Thomas', 'Daniel', 'Fredrik', 'Jonas', 'Magnus', 'Hassan', 'Oskar',
  'Mattias', 'Niklas', 'Emil', 'Ahmed', 'Björn', 'Gustav', 'Henrik', 'Stefan', 'Jukka', 'Omar', 'Viktor', 'Robert', 'Patrik', 'Mats', 'Ola',
] as const;

const lastNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson',
  'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Lindqvist', 'Lundgren', 'Berg', 'Holm', 'Ek', 'Nyström', 'Sandberg', 'Åkesson', 'Sjöberg',
  'Wik', 'Demir', 'Haddad', 'Rahimi', 'Koskinen', 'Strand', 'Björk', 'Dahlberg', 'Öberg', 'Hassan', 'Mohammed', 'Lind', 'Forsberg', 'Engström',
  'Sundberg', 'Axelsson', 'Falk', 'Hedlund', 'Lundin', 'Nordin', 'Ström', 'Åberg', 'Ekström', 'Blom', 'Yilmaz',
] as const;

export type PersonSetup = { name: string; title: string; org: OrgSetup; email: string; phone: string };

const ascii = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o');

/** `count` distinct people spread over the organisations by weight. */
export function createPeople(rng: Random, count: number): PersonSetup[] {
  const used = new Set<string>();
  const byWeight = organisations.flatMap((o) => Array.from({ length: o.weight }, () => o));
  const people: PersonSetup[] = [];
  const wanted = Math.min(count, firstNames.length * lastNames.length);
  while (people.length < wanted) {
    const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    if (used.has(name)) continue;
    used.add(name);
    // Every organisation gets people first, then by weight.
    const org = people.length < organisations.length ? organisations[people.length]! : rng.pick(byWeight);
    const [first, last] = name.split(' ') as [string, string];
    people.push({
      name,
      title: rng.pick(org.titles),
      org,
      email: `${ascii(first)}.${ascii(last)}@${org.domain}.example`,
      phone: `0321-${rng.int(50, 59)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    });
  }
  return people;
}
