// Demo matters of the school-attendance working group (informal notes).
import type { MatterTemplate } from './matters.ts';

export const workingMatters: readonly MatterTemplate[] = [
  {
    title: 'Närvaroteam på Norrbyskolan – uppstart',
    presenter: 'erik',
    description: 'Norrbyskolan startar ett närvaroteam med elevhälsa, socialtjänst och fritid.',
    notes: ['Teamet träffas varje vecka. Vårdnadshavare kontaktas redan efter första veckan med upprepad frånvaro.'],
    basis: [{ title: 'Plan för närvaroteam Norrbyskolan', series: 'UN', daysBefore: 9 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att följa närvaroteamets arbete vid varje möte.',
        actions: [{ title: 'Ta fram enkel uppföljning av närvaroteamets ärenden (avidentifierat)', owner: { person: 'fatima' }, dueDays: 30, links: [{ goal: 'franvaro' }] }],
      },
    ],
    links: [{ goal: 'franvaro' }],
  },
  {
    title: 'Tidig kontakt med vårdnadshavare vid frånvaro',
    presenter: 'fatima',
    description: 'Förslag till gemensam rutin för när och hur skolan kontaktar vårdnadshavare vid frånvaro.',
    notes: ['Rutinen ska prövas under en termin innan den föreslås för alla skolor.'],
    basis: [{ title: 'Utkast rutin för kontakt med vårdnadshavare', series: 'UN', daysBefore: 6 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att pröva rutinen på Norrbyskolan under terminen.',
        actions: [{ title: 'Utvärdera rutinen för kontakt med vårdnadshavare', owner: { person: 'erik' }, dueDays: 100 }],
      },
    ],
  },
  {
    title: 'Föreningslivets roll efter skoltid',
    presenter: 'birgitta',
    description: 'Föreningsrådet beskriver hur föreningarna kan ta emot fler unga efter skoltid.',
    notes: ['Flera föreningar kan erbjuda prova-på-tillfällen om skolan hjälper till med information.'],
    basis: [],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att ta fram en gemensam informationsfolder om fritidsaktiviteter.',
        recipients: [{ org: 'forening' }, { org: 'kff' }],
        actions: [{ title: 'Ta fram informationsfolder om fritidsaktiviteter', owner: { person: 'nadia' }, dueDays: 60, links: [{ goal: 'fritid' }] }],
      },
    ],
    links: [{ goal: 'fritid' }],
  },
  {
    title: 'Frånvarostatistik per årskurs',
    presenter: 'fatima',
    description: 'Genomgång av frånvarostatistiken för terminen hittills.',
    notes: ['Andelen elever med mer än 15 % frånvaro har minskat något i årskurs 7.'],
    repeatable: true,
    basis: [{ title: 'Frånvarostatistik per årskurs', series: 'UN', daysBefore: 5 }],
    decisions: [{ type: 'information', text: 'noterar statistiken.', links: [{ goal: 'franvaro' }] }],
    links: [{ goal: 'franvaro' }],
  },
  {
    title: 'Hembesök i samverkan',
    presenter: 'sofia',
    description: 'Erfarenheter av gemensamma hembesök från skola och socialtjänst, med vårdnadshavares samtycke.',
    notes: ['Hembesöken görs bara med samtycke. Erfarenheterna är goda men kräver tid från båda verksamheterna.'],
    basis: [],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att beskriva arbetssättet som underlag till Omlottgruppen.',
        recipients: [{ group: 'omlott' }],
        actions: [{ title: 'Beskriva arbetssättet med gemensamma hembesök', owner: { person: 'sofia' }, dueDays: 45 }],
      },
    ],
  },
  {
    title: 'Utvärdering av närvaroteamet',
    presenter: 'lena',
    description: 'Närvaroteamets första termin utvärderas.',
    notes: ['Utvärderingen görs med elevhälsans statistik och intervjuer med personal.'],
    basis: [{ title: 'Utvärderingsplan närvaroteam', series: 'UN', daysBefore: 8 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att utvärderingen redovisas för Omlottgruppen.',
        recipients: [{ group: 'omlott' }],
        actions: [{ title: 'Redovisa utvärderingen av närvaroteamet', owner: { person: 'lena' }, dueDays: 70 }],
      },
    ],
  },
  {
    title: 'Information till vårdnadshavare',
    presenter: 'fatima',
    description: 'Förslag till informationsblad om skolplikt, frånvaro och vart vårdnadshavare kan vända sig.',
    notes: ['Informationsbladet översätts till de vanligaste språken.'],
    basis: [],
    decisions: [{ type: 'position', text: 'ställer sig bakom förslaget till informationsblad.' }],
  },
  {
    title: 'Lägesrapport från närvaroteamet',
    presenter: 'erik',
    description: 'Närvaroteamet på Norrbyskolan redovisar läget. Inga enskilda elever diskuteras i gruppen.',
    notes: ['Teamet har kontakt med vårdnadshavare i alla ärenden. Samarbetet med socialtjänsten fungerar väl.'],
    basis: [],
    decisions: [{ type: 'information', text: 'noterar lägesrapporten.' }],
    repeatable: true,
  },
  {
    title: 'Erfarenheter från andra kommuner',
    presenter: 'erik',
    description: 'Genomgång av hur två grannkommuner arbetar med närvaroteam.',
    notes: ['Båda kommunerna har fasta tider för samråd mellan skola och socialtjänst.'],
    basis: [],
    decisions: [{ type: 'information', text: 'noterar informationen.' }],
  },
];
