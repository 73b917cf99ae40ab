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
    newDue: (date: string) => `Nytt klart senast: ${date}`,
    newOwner: (name: string) => `Ny ansvarig: ${name}`,
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
