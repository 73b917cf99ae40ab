// Swedish UI text of the meeting's follow-up item ("Uppföljning av beslut och uppdrag"): the
// list of actions carried forward, recording a follow-up per action, and the stale choice.
const meetings = (n: number) => (n === 1 ? 'ett möte' : `${n} möten`);

export const followUpUiText = {
  heading: 'Uppdrag att följa upp',
  summary: (total: number, overdue: number, recorded: number) =>
    `${total} uppdrag att följa upp, varav ${overdue} ${overdue === 1 ? 'försenat' : 'försenade'}. ` +
    `${recorded} av ${total} har följts upp i mötet.`,
  keyboardHint: 'Välj status med piltangenterna, Tab till anteckningen och tryck Enter för att registrera. Markören går sedan till nästa uppdrag.',
  notStarted: 'Uppföljningen registreras när mötet har startat. Här är uppdragen som kommer att följas upp.',
  empty: 'Gruppen har inga öppna uppdrag från tidigare möten. Uppdrag som beslutas i mötet följs upp i nästa möte.',
  emptyReadOnly: 'Ingen uppföljning registrerades i mötet.',
  facts: {
    owner: 'Ansvarig',
    decided: 'Beslutat',
    decidedRef: (section: number | null, date: string) => (section === null ? date : `${date}, § ${section}`),
    due: 'Klart senast',
    originalDue: (date: string) => `(först ${date})`,
    status: 'Status',
    latestNote: 'Senaste anteckning',
    latestNoteText: (date: string | null, note: string) => (date ? `${date}: ${note}` : note),
  },
  closedSincePrevious: (status: string, date: string) => `${status} ${date}, sedan förra mötet – bekräftas i protokollet`,
  form: {
    status: 'Status',
    statusFor: (title: string) => `Status för ${title}`,
    note: 'Anteckning',
    noteHint: 'Kort: vad har hänt sedan förra mötet?',
    closureHint: 'Krävs för att stänga uppdraget: vad har gjorts, och vilken effekt fick det? Texten kommer med i protokollet.',
    escalationHint: 'Förklara varför uppdraget eskaleras och vad som behövs.',
    newDueDate: 'Nytt klart senast',
    newDueDateHint: 'Lämna tomt om datumet står kvar. Skriv t.ex. 2025-09-30.',
    reason: 'Skäl till nytt datum',
    escalatedTo: 'Eskalera till',
    escalatedToHint: 'T.ex. Styrgruppens ordförande eller en nämnd. Statusen står kvar.',
    submit: 'Registrera',
    confirm: 'Bekräfta',
    submitFor: (title: string) => `Registrera uppföljningen av ${title}`,
    confirmFor: (title: string) => `Bekräfta att ${title} är avslutat`,
  },
  entry: {
    heading: 'Registrerat i mötet',
    newDue: (date: string, reason: string | null) => (reason ? `Nytt klart senast ${date}. Skäl: ${reason}` : `Nytt klart senast ${date}`),
    escalated: (to: string) => `Eskalerat till ${to}`,
    confirmed: (decider: string) => `${decider} konstaterar att uppdraget är slutfört.`,
    undo: 'Ångra',
    undoFor: (title: string) => `Ångra uppföljningen av ${title}`,
  },
  stale: {
    marker: (n: number) => `Behöver beslut – har förts vidare till ${meetings(n)} utan framsteg`,
    body: 'Avsluta uppdraget med en anteckning, ge det ett nytt klart senast med skäl, eller eskalera det.',
    choices: (title: string) => `Beslut om ${title}`,
    close: 'Avsluta',
    newDate: 'Nytt datum',
    escalate: 'Eskalera',
  },
} as const;
