// Swedish UI text of the search page (Sök) and the command palette (Ctrl+K).
import type { SearchKind } from '../../contract/schemas/search.ts';

const numberFormat = new Intl.NumberFormat('sv-SE');
const n = (value: number) => numberFormat.format(value);

/** The kinds as the filter names them: what the user searches among. */
export const searchKindFilterLabel: Record<SearchKind, string> = {
  item: 'Ärendepunkter i protokoll',
  decision: 'Beslut',
  action: 'Uppdrag',
  follow_up: 'Uppföljningar',
  mandate: 'Politiska uppdrag',
  goal: 'Mål',
};

/** One hit's kind, on its badge. */
export const searchKindLabel: Record<SearchKind, string> = {
  item: 'Punkt',
  decision: 'Beslut',
  action: 'Uppdrag',
  follow_up: 'Uppföljning',
  mandate: 'Politiskt uppdrag',
  goal: 'Mål',
};

export const searchText = {
  nav: 'Sök',
  pageTitle: 'Sök',
  heading: 'Sök',
  intro: 'Sök i protokollens punkter och beslut, i uppdrag och uppföljningar, och i politiska uppdrag och mål.',
  form: {
    label: 'Sök',
    box: 'Sök efter',
    boxHint: 'Pil ned flyttar till träffarna.',
    group: 'Grupp',
    allGroups: 'Alla grupper',
    year: 'År',
    yearHint: 'T.ex. 2025',
    yearInvalid: 'Skriv ett år med fyra siffror, t.ex. 2025.',
    kinds: 'Visa',
    kindsHint: 'Inget valt visar allt.',
  },
  count: (total: number, capped: boolean) => {
    if (capped) return `Fler än ${n(total)} träffar`;
    return total === 1 ? '1 träff' : `${n(total)} träffar`;
  },
  byRecency: 'Ordet är mycket vanligt, så träffarna visas med de nyaste först.',
  results: 'Träffar',
  loadingRow: 'Läser in …',
  section: (section: number) => `§ ${section}`,
  empty: {
    start: 'Skriv för att söka …',
    startHints: [
      'Början av ett ord räcker: ”skol” hittar ”skolan” och ”skolsociala”.',
      'Sätt citattecken för fras: "tidiga insatser" hittar orden i just den ordningen.',
      'Flera ord hittar det som innehåller alla orden.',
    ],
    none: (text: string) => `Inga träffar för ”${text.trim()}”`,
    noneHint: 'Kontrollera stavningen, sök på början av ordet, eller ta bort filtren.',
  },
  palette: {
    open: 'Sök …',
    shortcut: 'Ctrl+K',
    shortcutMac: '⌘K',
    label: 'Sök och gå till',
    input: 'Sök eller skriv vart du vill gå',
    placeholder: 'Sök eller gå till …',
    options: 'Förslag',
    commands: 'Gå till',
    groups: 'Grupper',
    hits: 'Träffar',
    group: 'Grupp',
    goTo: (place: string) => `Gå till ${place}`,
    search: 'Sök …',
    showAll: (text: string) => `Visa alla träffar för ”${text.trim()}”`,
    optionCount: (count: number) => (count === 1 ? '1 förslag' : `${n(count)} förslag`),
  },
} as const;
