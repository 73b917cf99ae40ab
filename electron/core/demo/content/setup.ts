// Demo content: the fictional municipality of Ekeryd — its organisations, people, groups and
// memberships. Everything here is invented; no real person or case is described.
import type { GroupKind, MeetingKind, MembershipRole, OrganisationKind } from '../../../../shared/contract/index.ts';

export type OrgKey = 'bun' | 'sn' | 'utf' | 'sof' | 'kff' | 'bup' | 'polis' | 'forening';
export type PersonKey =
  | 'karin'
  | 'johan'
  | 'maja'
  | 'lena'
  | 'ali'
  | 'per'
  | 'sofia'
  | 'anders'
  | 'mirja'
  | 'thomas'
  | 'nadia'
  | 'helena'
  | 'erik'
  | 'fatima'
  | 'eva'
  | 'birgitta';
export type GroupKey = 'styrgrupp' | 'omlott' | 'narvaro';

export const organisations: readonly { key: OrgKey; name: string; shortName: string; kind: OrganisationKind }[] = [
  { key: 'bun', name: 'Barn- och utbildningsnämnden', shortName: 'BUN', kind: 'committee' },
  { key: 'sn', name: 'Socialnämnden', shortName: 'SN', kind: 'committee' },
  { key: 'utf', name: 'Utbildningsförvaltningen', shortName: 'UTF', kind: 'administration' },
  { key: 'sof', name: 'Socialförvaltningen', shortName: 'SOF', kind: 'administration' },
  { key: 'kff', name: 'Kultur- och fritidsförvaltningen', shortName: 'KFF', kind: 'administration' },
  { key: 'bup', name: 'Region Västra Götaland, BUP', shortName: 'BUP', kind: 'region' },
  { key: 'polis', name: 'Polisen lokalpolisområde Ekeryd', shortName: 'Polisen', kind: 'police' },
  { key: 'forening', name: 'Föreningsrådet i Ekeryd', shortName: 'Föreningsrådet', kind: 'other' },
];

// Addresses use the reserved .example domain so nothing can be sent to a real mailbox.
export const people: readonly { key: PersonKey; name: string; title: string; org: OrgKey; email: string; phone: string }[] = [
  { key: 'karin', name: 'Karin Ek', title: 'Utbildningsdirektör', org: 'utf', email: 'karin.ek@ekeryd.example', phone: '0321-59 10 01' },
  { key: 'johan', name: 'Johan Berg', title: 'Socialdirektör', org: 'sof', email: 'johan.berg@ekeryd.example', phone: '0321-59 20 01' },
  { key: 'maja', name: 'Maja Persson', title: 'Nämndsekreterare', org: 'utf', email: 'maja.persson@ekeryd.example', phone: '0321-59 10 17' },
  { key: 'lena', name: 'Lena Holm', title: 'Chef för elevhälsan', org: 'utf', email: 'lena.holm@ekeryd.example', phone: '0321-59 10 42' },
  { key: 'ali', name: 'Ali Demir', title: 'Avdelningschef barn och familj', org: 'sof', email: 'ali.demir@ekeryd.example', phone: '0321-59 20 12' },
  { key: 'per', name: 'Per Nyström', title: 'Verksamhetschef öppenvård', org: 'sof', email: 'per.nystrom@ekeryd.example', phone: '0321-59 20 33' },
  { key: 'sofia', name: 'Sofia Lindqvist', title: 'Enhetschef barn och unga', org: 'sof', email: 'sofia.lindqvist@ekeryd.example', phone: '0321-59 20 45' },
  { key: 'anders', name: 'Anders Wik', title: 'Verksamhetschef BUP', org: 'bup', email: 'anders.wik@bup.example', phone: '010-441 20 00' },
  { key: 'mirja', name: 'Mirja Koskinen', title: 'Enhetschef BUP', org: 'bup', email: 'mirja.koskinen@bup.example', phone: '010-441 20 15' },
  { key: 'thomas', name: 'Thomas Eriksson', title: 'Kommunpolis', org: 'polis', email: 'thomas.eriksson@polisen.example', phone: '114 14' },
  { key: 'nadia', name: 'Nadia Haddad', title: 'Fritidschef', org: 'kff', email: 'nadia.haddad@ekeryd.example', phone: '0321-59 30 05' },
  { key: 'helena', name: 'Helena Åkesson', title: 'Utvecklingsledare', org: 'sof', email: 'helena.akesson@ekeryd.example', phone: '0321-59 20 58' },
  { key: 'erik', name: 'Erik Sandberg', title: 'Rektor Norrbyskolan', org: 'utf', email: 'erik.sandberg@ekeryd.example', phone: '0321-59 14 00' },
  { key: 'fatima', name: 'Fatima Rahimi', title: 'Samordnare skolnärvaro', org: 'utf', email: 'fatima.rahimi@ekeryd.example', phone: '0321-59 10 63' },
  { key: 'eva', name: 'Eva Strand', title: 'Förvaltningsjurist', org: 'sof', email: 'eva.strand@ekeryd.example', phone: '0321-59 20 70' },
  { key: 'birgitta', name: 'Birgitta Sjöberg', title: 'Ordförande', org: 'forening', email: 'birgitta.sjoberg@foreningsradet.example', phone: '070-123 45 67' },
];

export type GroupSchedule = {
  /** Days after the steering group's rhythm; the operative group meets before the steering group. */
  offsetDays: number;
  intervalDays: number;
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  startTime: string;
  endTime: string;
  places: readonly string[];
};

export type GroupSetup = {
  key: GroupKey;
  name: string;
  shortName: string;
  kind: GroupKind;
  description: string;
  parent: GroupKey | null;
  /** How decisions begin: "Styrgruppen beslutar att …". */
  subject: string;
  meetingKind: MeetingKind;
  schedule: GroupSchedule;
  /** The status of the group's most recent held meeting. */
  latestStatus: 'draft' | 'for_approval';
  /** Counted back from the latest held meeting: which past meeting was cancelled (0 = none). */
  cancelledFromEnd: number;
};

export const groups: readonly GroupSetup[] = [
  {
    key: 'styrgrupp',
    name: 'Styrgruppen för skola och socialtjänst',
    shortName: 'Styrgruppen',
    kind: 'steering',
    description:
      'Förvaltningschefernas styrgrupp enligt överenskommelsen om samverkan mellan skola och socialtjänst (skollagen 29 kap. 13 §, socialtjänstlagen 5 kap. 1 a §). Bereder nämndernas uppdrag och följer upp det gemensamma arbetet.',
    parent: null,
    subject: 'Styrgruppen',
    meetingKind: 'protocol',
    schedule: { offsetDays: 0, intervalDays: 42, weekday: 3, startTime: '13:00', endTime: '15:00', places: ['Stadshuset, sal Kärnan', 'Stadshuset, sal Kärnan', 'Socialförvaltningen, konferensrum Linden'] },
    latestStatus: 'for_approval',
    cancelledFromEnd: 0,
  },
  {
    key: 'omlott',
    name: 'Omlottgruppen',
    shortName: 'Omlott',
    kind: 'operative',
    description:
      'Operativ grupp med enhetschefer från skola, socialtjänst, BUP, polis och fritid. Bereder ärenden till styrgruppen och genomför styrgruppens beslut.',
    parent: 'styrgrupp',
    subject: 'Omlottgruppen',
    meetingKind: 'protocol',
    schedule: { offsetDays: -14, intervalDays: 42, weekday: 2, startTime: '09:00', endTime: '11:00', places: ['Socialförvaltningen, konferensrum Linden', 'Utbildningsförvaltningen, konferensrum Eken'] },
    latestStatus: 'draft',
    cancelledFromEnd: 3,
  },
  {
    key: 'narvaro',
    name: 'Arbetsgruppen för skolnärvaro',
    shortName: 'Närvarogruppen',
    kind: 'working',
    description: 'Arbetsgrupp under Omlottgruppen för det gemensamma arbetet mot problematisk skolfrånvaro.',
    parent: 'omlott',
    subject: 'Arbetsgruppen',
    meetingKind: 'notes',
    schedule: { offsetDays: -24, intervalDays: 42, weekday: 4, startTime: '14:00', endTime: '15:30', places: ['Norrbyskolan, personalrummet', 'Digitalt via Teams'] },
    latestStatus: 'draft',
    cancelledFromEnd: 0,
  },
];

/** A date relative to the demo's year: [years from this year, 'MM-DD']. */
export type YearDate = readonly [number, string];

export const memberships: readonly { group: GroupKey; person: PersonKey; org?: OrgKey; role: MembershipRole; from: YearDate | null; to: YearDate | null }[] = [
  { group: 'styrgrupp', person: 'karin', role: 'chair', from: [-3, '01-01'], to: null },
  { group: 'styrgrupp', person: 'johan', role: 'vice_chair', from: [-3, '01-01'], to: null },
  { group: 'styrgrupp', person: 'maja', role: 'secretary', from: [-2, '08-15'], to: null },
  { group: 'styrgrupp', person: 'lena', role: 'member', from: [-3, '01-01'], to: null },
  // Per Nyström left the steering group at the turn of the year; Ali Demir took his seat.
  { group: 'styrgrupp', person: 'per', role: 'member', from: [-3, '01-01'], to: [-1, '12-31'] },
  { group: 'styrgrupp', person: 'ali', role: 'member', from: [0, '01-01'], to: null },
  { group: 'styrgrupp', person: 'anders', role: 'member', from: [-2, '03-01'], to: null },
  { group: 'styrgrupp', person: 'thomas', role: 'co_opted', from: [-2, '01-01'], to: null },
  { group: 'styrgrupp', person: 'sofia', role: 'substitute', from: [-2, '01-01'], to: null },
  { group: 'styrgrupp', person: 'mirja', role: 'substitute', from: [-2, '03-01'], to: null },

  { group: 'omlott', person: 'lena', role: 'chair', from: [-3, '01-01'], to: null },
  { group: 'omlott', person: 'helena', role: 'secretary', from: [-2, '01-01'], to: null },
  { group: 'omlott', person: 'per', role: 'member', from: [-3, '01-01'], to: null },
  { group: 'omlott', person: 'sofia', role: 'member', from: [-2, '01-01'], to: null },
  { group: 'omlott', person: 'erik', role: 'member', from: [-3, '01-01'], to: null },
  { group: 'omlott', person: 'mirja', role: 'member', from: [-2, '03-01'], to: null },
  { group: 'omlott', person: 'thomas', role: 'member', from: [-2, '01-01'], to: null },
  { group: 'omlott', person: 'nadia', role: 'member', from: [-2, '01-01'], to: null },
  { group: 'omlott', person: 'fatima', role: 'substitute', from: [-1, '01-01'], to: null },
  { group: 'omlott', person: 'ali', role: 'substitute', from: [-1, '01-01'], to: null },

  { group: 'narvaro', person: 'erik', role: 'chair', from: [-1, '01-01'], to: null },
  { group: 'narvaro', person: 'fatima', role: 'secretary', from: [-1, '01-01'], to: null },
  { group: 'narvaro', person: 'sofia', role: 'member', from: [-1, '01-01'], to: null },
  { group: 'narvaro', person: 'nadia', role: 'member', from: [-1, '01-01'], to: null },
  { group: 'narvaro', person: 'lena', role: 'member', from: [-1, '01-01'], to: null },
  { group: 'narvaro', person: 'birgitta', role: 'co_opted', from: [-1, '01-01'], to: null },
];
