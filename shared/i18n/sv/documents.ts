// Swedish text of the Word documents themselves: protocol (and minnesanteckningar), extract,
// notice with agenda and action list. Names of codes (roles, statuses) come from labels.ts.
import type { MeetingKind } from '../../contract/schemas/codes.ts';
import { meetingKindLabel } from './labels.ts';

/** "Karin Ek", "Karin Ek och Johan Berg", "Karin Ek, Johan Berg och Lena Holm". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

/** "§ 47" for one, "§§ 47–49" for a run, "§§ 45, 47" otherwise (numbers in the order given). */
export function paragraphSpan(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  if (numbers.length === 1) return `§ ${numbers[0]}`;
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return contiguous ? `§§ ${numbers[0]}–${numbers[numbers.length - 1]}` : `§§ ${numbers.join(', ')}`;
}

const withTitle = (name: string, title: string | null) => (title ? `${name}, ${title}` : name);

/** Who speaks in the protocol: "Styrgruppen" for "Styrgruppen skola–socialtjänst"; another name stands whole. */
function deciderOf(groupName: string): string {
  const name = groupName.trim();
  const first = name.split(/\s+/)[0] ?? '';
  return /gruppen$/i.test(first) ? first.charAt(0).toUpperCase() + first.slice(1) : name;
}

export const documentText = {
  /** Marks every page of a document that is not approved. */
  draftMark: 'UTKAST',
  page: 'Sida',
  emptyCell: '–',
  signatureLine: '.......................................................',
  header: {
    kind: (kind: MeetingKind) => meetingKindLabel[kind].toUpperCase(),
    extract: 'UTDRAG UR PROTOKOLL',
    notice: 'KALLELSE',
    actionList: 'ÅTGÄRDSLISTA',
    meetingDate: (date: string) => `Sammanträdesdatum ${date}`,
  },
  footer: {
    adjustersSign: 'Justerandes sign',
    extractCertified: 'Utdragsbestyrkande',
  },
  meta: {
    protocol: (kind: MeetingKind, group: string, date: string) => `${meetingKindLabel[kind]} ${group} ${date}`,
    extract: (group: string, date: string) => `Utdrag ur protokoll ${group} ${date}`,
    notice: (group: string, date: string) => `Kallelse ${group} ${date}`,
    actionList: (scope: string, date: string) => `Åtgärdslista ${scope} ${date}`,
  },
  facts: {
    date: 'Datum',
    time: 'Tid',
    place: 'Plats',
    present: 'Närvarande',
    absent: 'Frånvarande',
    others: 'Övriga närvarande',
    chair: 'Ordförande',
    secretary: 'Sekreterare',
    adjusters: 'Justerare',
    sections: 'Paragrafer',
    approved: 'Justerat',
    meetingDate: 'Sammanträdesdatum',
    invited: 'Kallade',
    clock: (range: string) => `kl. ${range}`,
    substitutes: (name: string, replaced: string) => `${name} ersätter ${replaced}`,
    role: (role: string) => `(${role.toLowerCase()})`,
  },
  publicVersion: 'Offentlig version. Innehållet i paragrafer med sekretessbelagda uppgifter är borttaget.',
  section: {
    heading: (section: number | null, title: string) => (section === null ? title : `§ ${section} ${title}`),
    confidential: (section: number | null) =>
      section === null ? 'Ärendet innehåller sekretessbelagda uppgifter' : `§ ${section} Ärendet innehåller sekretessbelagda uppgifter`,
    presenter: (name: string) => `Föredragande: ${name}`,
    description: 'Ärendebeskrivning',
    basis: 'Beslutsunderlag',
    notes: 'Anteckningar',
    decision: 'Beslut',
    actions: 'Uppdrag',
    recipients: 'Expedieras till',
    followUps: 'Uppföljning av beslut och uppdrag',
    basisDocument: (title: string, reference: string | null) => (reference ? `${title}, ${reference}` : title),
  },
  actionColumns: { title: 'Uppdrag', owner: 'Ansvarig', organisation: 'Organisation', due: 'Klart senast' },
  followUp: {
    columns: { decision: 'Beslut', action: 'Uppdrag', status: 'Status', comment: 'Kommentar' },
    /** "Nytt klart senast: 2026-05-01. Skäl: …"; a copy from before reasons were kept has the date alone. */
    newDue: (date: string, reason: string | null) => (reason ? `Nytt klart senast: ${date}. Skäl: ${reason}` : `Nytt klart senast: ${date}`),
    escalatedTo: (to: string) => `Eskalerat till: ${to}`,
    newOwner: (name: string) => `Ny ansvarig: ${name}`,
    /** The protocol's confirmation of a closed action: "Styrgruppen konstaterar att uppdraget är slutfört." */
    confirmedDone: (groupName: string) => `${deciderOf(groupName)} konstaterar att uppdraget är slutfört.`,
  },
  /** "§ 47, 2025-08-20", or the date alone for an unnumbered item. */
  decisionRef: (section: number | null, date: string) => (section === null ? date : `§ ${section}, ${date}`),
  correction: {
    heading: 'Rättelse',
    unattachedHeading: 'Rättelser',
    madeBy: (date: string, name: string, title: string | null) => `${date}, ${withTitle(name, title)}`,
    reason: (reason: string) => `Skäl: ${reason}`,
  },
  signature: {
    atProtocol: 'Vid protokollet',
    adjusted: 'Justeras',
    secretary: 'sekreterare',
    chair: 'ordförande',
    adjuster: 'justerare',
    signer: (name: string, role: string) => `${name}, ${role}`,
    approvedOn: (date: string) => `Protokollet justerades ${date}.`,
  },
  extract: {
    title: 'Utdrag ur protokoll',
    recipient: (name: string) => `Expedieras till: ${name}`,
    certify: 'Rätt utdraget intygar',
    certifier: (name: string, title: string | null, date: string) => `${withTitle(name, title)}, ${date}`,
  },
  notice: {
    title: 'Kallelse med dagordning',
    agenda: 'Dagordning',
    itemHeading: (section: number | null, index: number, title: string) => (section === null ? `${index}. ${title}` : `§ ${section} ${title}`),
    basis: 'Underlag',
    openActions: 'Uppdrag som följs upp',
    noOpenActions: 'Gruppen har inga öppna uppdrag att följa upp.',
    absence: 'Förhinder anmäls till sekreteraren.',
    sender: (name: string, title: string | null, date: string) => `${withTitle(name, title)}, ${date}`,
  },
  actionList: {
    title: 'Åtgärdslista',
    filter: (description: string) => `Urval: ${description}`,
    unfiltered: 'Urval: alla uppdrag',
    producedBy: (name: string, title: string | null, date: string) => `Utskriven ${date} av ${withTitle(name, title)}`,
    columns: {
      decision: 'Beslut',
      title: 'Uppdrag',
      owner: 'Ansvarig',
      organisation: 'Organisation',
      due: 'Klart senast',
      status: 'Status',
      latestFollowUp: 'Senaste uppföljning',
    },
    empty: 'Inga uppdrag matchar urvalet.',
    followUp: (date: string, note: string | null) => (note ? `${date}: ${note}` : date),
  },
} as const;

// Dashboard and committee report
/** Rapport till nämnd: the decisions sent to one committee in a period and how far they have come. */
export const committeeReportText = {
  title: 'Rapport till nämnd',
  header: 'RAPPORT TILL NÄMND',
  meta: (committee: string, from: string, to: string) => `Rapport till ${committee} ${from}–${to}`,
  fileName: (committee: string, from: string, to: string) => `Rapport till ${committee} ${from}–${to}`,
  period: (from: string, to: string) => `${from} – ${to}`,
  facts: { recipient: 'Mottagare', period: 'Period', groups: 'Grupper', produced: 'Upprättad' },
  producedBy: (name: string, title: string | null, date: string) => `${date} av ${withTitle(name, title)}`,
  intro:
    'Rapporten redovisar de beslut som har expedierats till nämnden under perioden, hur långt uppdragen som följer av dem har kommit, nämndens uppdrag och när målen behandlades. Paragraferna finns som bestyrkta protokollsutdrag i bilagan.',
  summary: {
    heading: 'Sammanfattning',
    decisions: (n: number, pending: number) =>
      `${n} beslut har expedierats till nämnden${pending === 0 ? '.' : pending === 1 ? ', varav 1 i ett protokoll som ännu inte är justerat.' : `, varav ${pending} i protokoll som ännu inte är justerade.`}`,
    actions: (total: number, open: number, overdue: number, closed: number) =>
      total === 0 ? 'Besluten har inga uppdrag.' : `Besluten har ${total} uppdrag: ${open} pågår eller har inte påbörjats (${overdue} ${overdue === 1 ? 'försenat' : 'försenade'}) och ${closed} är avslutade.`,
    overdue: (n: number) => (n === 0 ? 'Inga uppdrag är försenade.' : n === 1 ? '1 uppdrag är försenat.' : `${n} uppdrag är försenade.`),
    mandates: (n: number, treated: number) => (n === 0 ? 'Nämnden har inga uppdrag i registret.' : `Nämnden har ${n} uppdrag i registret; ${treated} behandlades under perioden.`),
    goals: (n: number, treated: number) => (n === 0 ? 'Inga mål gäller under perioden.' : `${treated} av ${n} mål behandlades under perioden.`),
  },
  decisions: {
    heading: 'Beslut som har expedierats till nämnden',
    columns: { decision: 'Beslut', item: 'Ärende', text: 'Beslutet', approval: 'Justering' },
    approved: 'Justerat',
    notApproved: 'Ej justerat',
    pendingText: 'Protokollet är inte justerat. Beslutet redovisas när protokollet är justerat.',
    empty: 'Inga beslut har expedierats till nämnden under perioden.',
  },
  actions: {
    heading: 'Uppdrag som följer av besluten',
    intro: 'Uppdragen i justerade protokoll, med status i dag.',
    empty: 'Besluten har inga uppdrag.',
  },
  overdue: {
    heading: 'Försenade uppdrag',
    intro: (to: string) => `Uppdrag från beslut som har expedierats till nämnden till och med ${to} och som har passerat sitt klart senast-datum.`,
    columns: { decision: 'Beslut', title: 'Uppdrag', owner: 'Ansvarig', due: 'Klart senast', latest: 'Senaste uppföljning' },
    notFollowedUp: 'Inte uppföljt än',
    empty: 'Inga uppdrag är försenade.',
  },
  mandates: {
    heading: 'Nämndens uppdrag',
    columns: { title: 'Uppdrag', status: 'Status', reportBack: 'Återrapportering', treated: 'Behandlat under perioden' },
    reportBack: (date: string | null, to: string | null) => [date, to].filter(Boolean).join(' till ') || '–',
    empty: 'Nämnden har inga uppdrag i registret.',
  },
  goals: {
    heading: 'Behandlade mål',
    columns: { title: 'Mål', indicator: 'Indikator', treated: 'Behandlat under perioden' },
    empty: 'Inga mål gäller under perioden.',
  },
  /** "2026-02-10 Styrgruppen § 7", marked when the protocol is not approved. */
  treatment: (date: string, groupName: string, sections: readonly number[], approved: boolean) =>
    `${[date, groupName, paragraphSpan(sections)].filter(Boolean).join(' ')}${approved ? '' : ' (ej justerat)'}`,
  notTreated: 'Inte behandlat under perioden',
  appendix: {
    heading: 'Bilaga: Protokollsutdrag',
    intro: 'Utdragen är gjorda ur justerade protokoll. Beslut i protokoll som ännu inte är justerade finns inte med.',
    item: (groupName: string, date: string, sections: readonly number[]) => `${groupName} ${date}, ${paragraphSpan(sections)}`,
    empty: 'Perioden har inga justerade paragrafer att bifoga.',
  },
  log: (committee: string, from: string, to: string) => `Rapport till nämnd – ${committee}, ${from}–${to}`,
  logExtract: (extract: string) => `${extract}, bilaga till rapport till nämnd`,
} as const;
