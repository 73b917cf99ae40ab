// Swedish UI text for planning meetings and the (simple) meeting page.
export const meetingsText = {
  section: {
    heading: 'Möten',
    plan: 'Planera ett möte',
    empty: 'Inga möten ännu',
    emptyHint: 'Välj Planera ett möte för att lägga in gruppens första möte.',
    caption: 'Gruppens möten',
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
  page: {
    pageTitle: (date: string) => `Möte ${date}`,
    heading: (group: string, date: string) => `${group} ${date}`,
    details: 'Uppgifter om mötet',
    date: 'Datum',
    time: 'Tid',
    place: 'Plats',
    kind: 'Typ',
    status: 'Status',
    noPlace: 'Ingen plats angiven',
    noTime: 'Ingen tid angiven',
    edit: 'Ändra mötet',
    delete: 'Ta bort mötet',
    sectionsHeading: 'Paragrafer',
    sectionsEmpty: 'Dagordningen är tom',
    sectionsEmptyHint:
      'Här visas mötets punkter med sina paragrafnummer (§) när dagordningen har lagts upp. Paragraferna numreras löpande per grupp och år.',
    itemsWithoutSections: (n: number) => (n === 1 ? 'Dagordningen har 1 punkt utan paragrafnummer ännu' : `Dagordningen har ${n} punkter utan paragrafnummer ännu`),
    itemsWithoutSectionsHint: 'Punkterna får sina paragrafnummer (§) när protokollet skrivs. Numreringen löper per grupp och år.',
    sectionLabel: (n: number) => `§ ${n}`,
    notFound: 'Mötet finns inte. Det kan ha tagits bort.',
  },
} as const;
