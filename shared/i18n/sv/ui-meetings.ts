// Swedish UI text for planning meetings and the group page's meeting lists (the meeting page: ui-meeting.ts).
export const meetingsText = {
  section: {
    heading: 'Möten',
    plan: 'Planera ett möte',
    empty: 'Inga möten ännu',
    emptyHint: 'Välj Planera ett möte för att lägga in gruppens första möte.',
    caption: 'Gruppens möten',
    upcoming: 'Kommande möten',
    past: 'Tidigare möten',
    noUpcoming: 'Inga kommande möten. Välj Planera ett möte.',
    noPast: 'Inga tidigare möten.',
    columns: {
      date: 'Datum',
      time: 'Tid',
      place: 'Plats',
      kind: 'Typ',
      status: 'Status',
      sections: '§',
    },
    openAria: (date: string) => `Öppna mötet ${date}`,
    deleteAria: (date: string) => `Ta bort mötet ${date}`,
  },
  form: {
    createTitle: 'Planera ett möte',
    editTitle: 'Ändra mötet',
    date: 'Datum',
    startTime: 'Starttid',
    endTime: 'Sluttid',
    place: 'Plats',
    placeHint: 'T.ex. Stadshuset, sal 3, eller Teams.',
    kind: 'Typ av anteckningar',
    kindHint: 'Protokoll får paragrafer och justeras. Minnesanteckningar är enklare och justeras inte.',
    submitCreate: 'Planera mötet',
    submitEdit: 'Spara ändringar',
  },
  delete: {
    title: (group: string, date: string) => `Ta bort mötet ${date} i ${group}?`,
    body: (items: number) =>
      items > 0
        ? `Mötet och allt som hör till det tas bort: dagordningen med ${items} punkter, anteckningar, beslut och uppdrag.`
        : 'Mötet tas bort, med närvaro och roller. Dagordningen är tom.',
    confirm: 'Ta bort mötet',
  },
} as const;
