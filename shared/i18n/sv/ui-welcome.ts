// Swedish UI text for the first run (who is the user?) and the welcome screen (demo data or empty).
export const welcomeText = {
  firstRun: {
    pageTitle: 'Kom igång',
    heading: 'Kom igång med Protokollet',
    intro: 'Börja med att ange vem du är. Uppgifterna sparas bara på den här datorn.',
    why: 'Ditt namn och din titel används när du skriver under protokollsutdrag (”Rätt utdraget intygar”) och i ändringsloggen, så att det syns vem som har gjort vad.',
    name: 'Ditt namn',
    nameHint: 'T.ex. Anna Berg',
    title: 'Din titel',
    titleHint: 'T.ex. Nämndsekreterare',
    submit: 'Fortsätt',
    changeLater: 'Du kan ändra uppgifterna senare.',
  },
  welcome: {
    pageTitle: 'Välkommen',
    heading: 'Välkommen till Protokollet',
    greeting: (name: string) => `Hej ${name}!`,
    intro:
      'Protokollet hjälper dig att planera möten, skriva protokoll med paragrafer, följa upp beslut och uppdrag och få protokollen justerade.',
    choose: 'Databasen är tom. Hur vill du börja?',
    demoTitle: 'Prova med demodata',
    demoBody:
      'En påhittad kommun med en styrgrupp, en operativ grupp, personer, organisationer och några möten. Bra för att se hur allt hänger ihop.',
    demoButton: 'Läs in demodata',
    demoLoading: 'Läser in demodata …',
    emptyTitle: 'Börja från början',
    emptyBody: 'Lägg själv in organisationer, personer och grupper.',
    emptyButton: 'Börja med en tom databas',
  },
} as const;
