// Demo content: what the secretary writes under the standing items, and follow-up notes.
const weekdays = ['söndagen', 'måndagen', 'tisdagen', 'onsdagen', 'torsdagen', 'fredagen', 'lördagen'];
const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "onsdagen den 20 augusti 2025" */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${weekdays[weekday]} den ${d} ${months[m - 1]} ${y}`;
}

/** "13.00" */
export const clock = (time: string): string => time.replace(':', '.');

const joinNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;

export const standing = {
  openingDescription: 'Ordföranden hälsar välkommen och förklarar mötet öppnat.',
  adjustersDecision: (names: readonly string[]) => `beslutar att utse ${joinNames(names)} att jämte ordföranden justera protokollet.`,
  agendaDecision: 'beslutar att godkänna dagordningen.',
  previousMinutesDecision: (date: string) => `beslutar att lägga protokollet från mötet den ${date} till handlingarna.`,
  noPreviousMinutes: 'Det finns inget tidigare protokoll att gå igenom.',
  followUpDescription: 'Sekreteraren redovisar läget för de uppdrag som ännu inte är slutförda.',
  followUpDecision: 'tar del av uppföljningen av beslut och uppdrag.',
  otherMatters: [
    'Inga övriga frågor.',
    'Ordföranden informerade om att nämnderna planerar en gemensam nämndsdag.',
    'BUP informerade om förändrade telefontider under helgerna.',
    'Polisen informerade om en kommande trygghetsvandring i centrum.',
  ],
  nextMeetingDecision: (date: string, time: string, place: string) => `Nästa möte hålls ${longDate(date)} kl. ${clock(time)}, ${place}.`,
  noNextMeeting: 'Tid för nästa möte meddelas senare.',
  closingDescription: 'Ordföranden tackar för visat intresse och förklarar mötet avslutat.',
  cancelledNote: 'Mötet är inställt. Ärendena flyttas till nästa möte.',
} as const;

export const followUpNotes = {
  inProgress: [
    'Arbetet pågår enligt plan.',
    'Arbetet har påbörjats; en första avstämning har gjorts.',
    'Arbetet pågår men har försenats på grund av sjukfrånvaro.',
  ],
  stuck: [
    'Arbetet har försenats; resurser saknas.',
    'Ingen förändring sedan föregående uppföljning.',
    'Väntar fortfarande på juristernas synpunkter.',
  ],
  postponed: 'Ny tidpunkt för redovisning.',
  done: [
    'Uppdraget är slutfört och genomfört enligt beslutet.',
    'Uppdraget är slutfört och redovisat vid mötet.',
    'Klart. Materialet finns hos sekreteraren.',
  ],
  cancelled: ['Uppdraget avslutas eftersom frågan hanteras inom ordinarie verksamhet.', 'Uppdraget avslutas; behovet har upphört.'],
} as const;
