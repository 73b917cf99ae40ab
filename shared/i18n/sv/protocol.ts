// Swedish messages for writing, approving and correcting a protocol (the core's refusals).
import type { MeetingStatus } from '../../contract/schemas/codes.ts';
import { meetingStatusLabel } from './labels.ts';

const status = (s: MeetingStatus) => meetingStatusLabel[s].toLowerCase();

export const protocolText = {
  transition: {
    start: (s: MeetingStatus) => `Bara ett planerat möte kan startas. Mötet är ${status(s)}.`,
    sendForApproval: (s: MeetingStatus) => `Bara ett utkast kan skickas för justering. Mötet är ${status(s)}.`,
    reopen: (s: MeetingStatus) => `Bara ett protokoll som väntar på justering kan öppnas igen. Mötet är ${status(s)}.`,
    approve: (s: MeetingStatus) => `Protokollet måste skickas för justering innan det kan justeras. Mötet är ${status(s)}.`,
    cancel: (s: MeetingStatus) => `Mötet kan inte ställas in: det är ${status(s)}.`,
  },
  earlierMeetingsOpen: (dates: string) =>
    `Protokollet kan inte justeras förrän gruppens tidigare möten samma år är justerade eller inställda: ${dates}.`,
  chairMissing: 'Välj ordförande bland de närvarande innan protokollet går vidare till justering.',
  adjusterMissing: 'Välj minst en justerare bland de närvarande innan protokollet går vidare till justering.',
  chairNotPresent: 'Ordföranden måste vara bland de närvarande. Registrera närvaron först.',
  adjusterNotPresent: 'Justerarna måste vara bland de närvarande. Registrera närvaron först.',
  roleHolderNotPresent: (name: string) => `${name} är ordförande eller justerare för mötet. Välj någon annan först, eller låt personen stå kvar som närvarande.`,
  heldBeforeApproved: (date: string) =>
    `Paragraferna kan inte numreras: ett senare möte samma år (${date}) är redan justerat. Ett möte kan inte hållas före ett justerat möte.`,
  sectionStartLocked: (year: number) => `Gruppen har redan justerade protokoll ${year}, så numreringen det året kan inte ändras.`,
  itemNotInMeeting: 'Punkten hör inte till det här mötet.',
  linkedMeetingInvalid: 'Välj ett annat möte i samma grupp.',
  meetingReferenced: 'Mötet kan inte tas bort: ett justerat protokoll hänvisar till det (som föregående protokoll eller genom en rättelse). Ställ in mötet i stället.',
  notApproved: 'Protokollet är inte justerat än. Den justerade versionen finns först när protokollet har justerats.',
  correctionsOnlyApproved: 'Rättelser görs bara i justerade protokoll. I ett utkast ändrar du texten direkt.',
  redactOnlyApproved: 'Borttagning med logg görs bara i justerade protokoll. I ett utkast tar du bort uppgiften direkt.',
  nothingToRedact: 'Protokollet innehåller inga personnummer eller samordningsnummer.',
} as const;
