// Swedish text of the command line (`npm run cli -- …`): help, summaries, tables and errors.
const usage = (defaultDir: string) => `Protokollet – kommandoraden

Användning: npm run cli -- <kommando> [flaggor]

Kommandon:
  demo --data-dir MAPP [--scale small|large] [--force] [--seed N] [--today ÅÅÅÅ-MM-DD]
      Fyller en tom datamapp med demodata: organisationer, personer, tre grupper
      med medlemmar och ett års möten med beslut, uppdrag och uppföljning.
      --data-dir MAPP   datamappen som ska fyllas (krävs)
      --scale STORLEK   small (standard) eller large: 50 grupper och 20 års möten
                        (omkring 8 000 möten och 200 000 uppföljningar) för
                        prestandamätning; tar omkring en minut. Utan --data-dir
                        hamnar den i appens cachemapp (på Linux
                        ~/.cache/protokollet/demo-large), aldrig i datamappen.
      --force           ersätt databasen även om mappen redan innehåller data
                        (den befintliga databasen raderas först)
      --seed N          slumpfrö, ett heltal (standard 1); samma frö och datum
                        ger samma innehåll
      --today DATUM     datumet som demodatan utgår från (standard: i dag)

  list groups|organisations|meetings [--data-dir MAPP] [--json]
      Listar grupper, organisationer eller möten i datamappen.
      --json            skriv bara en JSON-lista (för skript)
      --group GRUPP     (meetings) bara gruppens möten; gruppens id eller exakta namn
      --status STATUS   (meetings) planned, draft, for_approval, approved eller
                        cancelled; kan anges flera gånger
      --from DATUM      (meetings) möten från och med datumet
      --to DATUM        (meetings) möten till och med datumet

  export protocol|extract|notice|actions [--data-dir MAPP] [--out MAPP]
      Skriver Word-dokument (.docx) och noterar utskicken i expedieringsloggen.
      protocol          mötets protokoll (utkast eller justerat)
      extract           protokollsutdrag, ett per mottagare (bara justerade protokoll)
      notice            kallelse med dagordning
      actions           åtgärdslista för en grupp eller alla grupper
      --meeting ID      mötet (protocol, extract, notice); eller --group och --date
      --group GRUPP     gruppens id eller exakta namn
      --date DATUM      mötets datum, tillsammans med --group
      --public          (protocol) offentlig version utan sekretessbelagt innehåll
      --sections LISTA  (extract) paragrafer, t.ex. 3,5-7
      --status STATUS   (actions) not_started, in_progress, done eller cancelled
      --overdue         (actions) bara försenade uppdrag
      --out MAPP        var filerna sparas (standard: mappen du körde npm i)
      --as NAMN         vem som intygar och skickar (standard: appens användare)
      --title TITEL     titeln till --as

  --help, -h            visar den här hjälpen

Utan --data-dir används standardmappen: ${defaultDir}
Relativa sökvägar utgår från mappen du körde npm i.

Exempel:
  npm run cli -- demo --data-dir ./demodata
  npm run cli -- demo --scale large --data-dir /tmp/stor-demodata
  npm run cli -- list meetings --data-dir ./demodata --group "Omlottgruppen"
  npm run cli -- list organisations --data-dir ./demodata --json
  npm run cli -- export extract --data-dir ./demodata --group "Omlottgruppen" --date 2026-02-10 --sections 3-4

Slutkoder: 0 = klart, 1 = fel, 2 = felaktig användning.`;

export const cliText = {
  usage,
  helpHint: 'Skriv npm run cli -- --help för att se kommandon och flaggor.',
  missingCommand: 'Ange ett kommando.',
  unknownCommand: (command: string) => `Okänt kommando: ${command}.`,
  unknownOption: (option: string) => `Okänd flagga: ${option}.`,
  missingValue: (option: string) => `Flaggan ${option} behöver ett värde.`,
  unexpectedArgument: (arg: string) => `Oväntat argument: ${arg}.`,
  invalidArguments: (detail: string) => `Felaktiga argument: ${detail}`,
  invalidSeed: (value: string) => `Slumpfröet måste vara ett heltal, inte ”${value}”.`,
  invalidDate: (option: string, value: string) => `Flaggan ${option} ska vara ett datum som ÅÅÅÅ-MM-DD, inte ”${value}”.`,
  invalidStatus: (value: string, valid: readonly string[]) => `Okänd status ”${value}”. Välj bland: ${valid.join(', ')}.`,
  missingListKind: 'Ange vad som ska listas: groups, organisations eller meetings.',
  unknownListKind: (kind: string) => `Kan inte lista ”${kind}”. Välj groups, organisations eller meetings.`,
  meetingsOnlyOption: (option: string) => `Flaggan ${option} gäller bara list meetings.`,

  demoNotEmpty: (dir: string) =>
    `Datamappen ${dir} innehåller redan data. Demodata läses bara in i en tom datamapp. ` +
    'Lägg till --force för att radera den befintliga databasen och ersätta den med demodata.',
  demoLoaded: (dir: string, groups: number, meetings: number, seed: number, today: string) =>
    `Demodata inläst i ${dir}: ${groups} grupper och ${meetings} möten (slumpfrö ${seed}, utgångsdatum ${today}).`,
  invalidScale: (value: string) => `Storleken ska vara small eller large, inte ”${value}”.`,
  demoLargeInDataDir: (dir: string, dataDir: string) =>
    `Den stora demodatan kan inte läggas i ${dir}: det är appens datamapp (${dataDir}) eller en mapp i den. ` +
    'Utelämna --data-dir för att använda cachemappen, eller välj en annan mapp.',
  demoLargeLoaded: (
    dir: string,
    r: { groups: number; people: number; meetings: number; agendaItems: number; decisions: number; actions: number; closedActions: number; followUps: number; seed: number; today: string; seconds: number; megabytes: number },
  ) =>
    `Stor demodata inläst i ${dir} på ${r.seconds.toFixed(1).replace('.', ',')} s (slumpfrö ${r.seed}, utgångsdatum ${r.today}):\n` +
    `  ${r.groups} grupper, ${r.people} personer, ${r.meetings} möten, ${r.agendaItems} dagordningspunkter,\n` +
    `  ${r.decisions} beslut, ${r.actions} uppdrag (${r.closedActions} avslutade), ${r.followUps} uppföljningar.\n` +
    `  Databasen är ${Math.round(r.megabytes)} MB.`,
  noDatabase: (dir: string) =>
    `Datamappen ${dir} innehåller ingen databas. Skapa demodata med: npm run cli -- demo --data-dir "${dir}"`,
  groupNotFound: (value: string) => `Det finns ingen grupp med id eller namn ”${value}”.`,
  failed: (detail: string) => `Kommandot misslyckades: ${detail}`,

  missingExportKind: 'Ange vad som ska skrivas: protocol, extract, notice eller actions.',
  unknownExportKind: (kind: string) => `Kan inte skriva ”${kind}”. Välj protocol, extract, notice eller actions.`,
  missingMeeting: 'Ange mötet med --meeting ID, eller med --group och --date.',
  meetingNotFound: (group: string, date: string) => `Gruppen ${group} har inget möte ${date}.`,
  ambiguousMeeting: (group: string, date: string) => `Gruppen ${group} har flera möten ${date}. Ange mötet med --meeting ID.`,
  missingSections: 'Ange paragrafer med --sections, t.ex. 3,5-7.',
  invalidSections: (value: string) => `Paragraferna ska anges som t.ex. 3,5-7, inte ”${value}”.`,
  exportOnlyOption: (option: string, kind: string) => `Flaggan ${option} gäller inte export ${kind}.`,
  fileWritten: (file: string) => `Sparade ${file}`,
  exportUserMissing: 'Ingen användare är angiven i datamappen. Ange vem som intygar och skickar med --as "Namn" --title "Titel".',

  columns: {
    name: 'Namn',
    shortName: 'Kortnamn',
    kind: 'Typ',
    parent: 'Överordnad grupp',
    members: 'Medlemmar',
    nextMeeting: 'Nästa möte',
    date: 'Datum',
    time: 'Tid',
    group: 'Grupp',
    status: 'Status',
    sections: 'Paragrafer',
    place: 'Plats',
  },
  count: {
    groups: (n: number) => (n === 1 ? '1 grupp' : `${n} grupper`),
    organisations: (n: number) => (n === 1 ? '1 organisation' : `${n} organisationer`),
    meetings: (n: number) => (n === 1 ? '1 möte' : `${n} möten`),
  },
  empty: {
    groups: 'Det finns inga grupper.',
    organisations: 'Det finns inga organisationer.',
    meetings: 'Det finns inga möten som matchar.',
  },
} as const;
