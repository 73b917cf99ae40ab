// Demo matters of the operative group (Omlottgruppen): carrying out the steering group's decisions.
import type { MatterTemplate } from './matters.ts';

export const operativeMatters: readonly MatterTemplate[] = [
  {
    title: 'Samverkan kring elev med hög frånvaro (avidentifierat)',
    presenter: 'erik',
    description: 'Ett ärende redovisas avidentifierat. Inga personuppgifter antecknas i protokollet.',
    notes: ['Skolan och socialtjänsten har haft kontakt. Gruppen diskuterade hur en samordnad individuell plan (SIP) kan erbjudas.'],
    basis: [],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att ärendet hanteras enligt den gemensamma rutinen för samordnad individuell plan.',
        actions: [{ title: 'Säkerställa att samordnad individuell plan erbjuds', owner: { person: 'per' }, dueDays: 30 }],
      },
    ],
    confidential: true,
  },
  {
    title: 'Förslag till reviderad överenskommelse – arbetsläge',
    presenter: 'helena',
    description: 'Omlottgruppen har fått i uppdrag av styrgruppen att ta fram ett förslag till reviderad överenskommelse.',
    notes: ['Arbetet har påbörjats. Juristernas synpunkter behövs innan avsnittet om informationsdelning kan skrivas.'],
    basis: [{ title: 'Arbetsutkast reviderad överenskommelse', series: 'SN', daysBefore: 5 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att be förvaltningsjuristerna om synpunkter på avsnittet om informationsdelning.',
        recipients: [{ org: 'sof' }, { org: 'utf' }],
        actions: [{ title: 'Inhämta juristernas synpunkter på informationsdelning', owner: { person: 'helena' }, dueDays: 35 }],
        links: [{ mandate: 'overenskommelse' }],
      },
    ],
    links: [{ mandate: 'overenskommelse' }],
    guest: 'eva',
  },
  {
    title: 'Kartläggning av problematisk skolfrånvaro',
    presenter: 'fatima',
    description: 'Arbetsgruppen för skolnärvaro har kartlagt frånvaron per skola och årskurs.',
    notes: ['Frånvaron är högst i årskurs 8 och 9. Två skolor sticker ut och behöver stöd först.'],
    basis: [{ title: 'Kartläggning skolfrånvaro per skola', series: 'UN', daysBefore: 10 }],
    decisions: [
      { type: 'information', text: 'tar del av kartläggningen.', links: [{ goal: 'franvaro' }] },
      {
        type: 'decision',
        text: 'beslutar att kartläggningen ska ligga till grund för förslaget till handlingsplan.',
        actions: [{ title: 'Sammanställa frånvarostatistik per skola till styrgruppen', owner: { person: 'fatima' }, dueDays: 40, links: [{ goal: 'franvaro' }] }],
      },
    ],
    links: [{ goal: 'franvaro' }],
  },
  {
    title: 'Gemensam rutin för orosanmälningar från skolan',
    presenter: 'sofia',
    description: 'Socialtjänsten och elevhälsan har tagit fram en gemensam rutin för orosanmälningar och återkoppling till anmälaren.',
    notes: ['Rutinen förtydligar vem på skolan som gör anmälan och hur socialtjänsten återkopplar.'],
    basis: [{ title: 'Rutin för orosanmälan och återkoppling', series: 'SN', daysBefore: 14 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att anta rutinen för orosanmälningar och återkoppling.',
        recipients: [{ org: 'utf' }, { org: 'sof' }],
        actions: [{ title: 'Informera skolornas elevhälsoteam om rutinen', owner: { person: 'erik' }, dueDays: 45, links: [{ goal: 'oro' }] }],
        links: [{ goal: 'oro' }],
      },
    ],
    links: [{ goal: 'oro' }],
  },
  {
    title: 'Skolsociala team – bemanning',
    presenter: 'per',
    description: 'Bemanningen av de skolsociala teamen inför nästa termin.',
    notes: ['Två tjänster som socialsekreterare är tillsatta. Skolorna har utsett kontaktpersoner.'],
    basis: [{ title: 'Bemanningsplan skolsociala team', series: 'SN', daysBefore: 8 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att bemanningsplanen lämnas till styrgruppen som underlag.',
        recipients: [{ group: 'styrgrupp' }],
        actions: [
          { title: 'Utse kontaktpersoner på de nya skolorna', owner: { person: 'erik' }, dueDays: 30, links: [{ mandate: 'skolsociala' }] },
          { title: 'Introduktion för nya socialsekreterare i skolsociala team', owner: { person: 'per' }, dueDays: 50, links: [{ mandate: 'skolsociala' }] },
        ],
      },
    ],
    links: [{ mandate: 'skolsociala' }],
  },
  {
    title: 'Lovaktiviteter – samordning',
    presenter: 'nadia',
    description: 'Fritid, fältgrupp och polis samordnar närvaron under skolloven.',
    notes: ['Fritidsgårdarna håller öppet längre under loven. Fältgruppen utgår från fritidsgårdarna.'],
    basis: [{ title: 'Samordningsplan för skolloven', series: 'KFN', daysBefore: 6 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att fastställa samordningsplanen för skolloven.',
        recipients: [{ org: 'kff' }, { org: 'polis' }, { org: 'sof' }],
        actions: [{ title: 'Sprida information om lovaktiviteterna till skolorna', owner: { person: 'nadia' }, dueDays: 25, links: [{ goal: 'fritid' }] }],
      },
    ],
    links: [{ goal: 'fritid' }],
  },
  {
    title: 'Lägesbild från polisen',
    presenter: 'thomas',
    description: 'Kommunpolisen redovisar lägesbilden i kommunens skolområden.',
    notes: ['Lägesbilden är i stort sett oförändrad. Samverkan med fältgruppen fungerar väl.'],
    repeatable: true,
    basis: [],
    decisions: [{ type: 'information', text: 'tar del av lägesbilden.', links: [{ mandate: 'sspf' }] }],
    links: [{ mandate: 'sspf' }],
  },
  {
    title: 'Gemensam utbildning i samordnad individuell plan (SIP)',
    presenter: 'mirja',
    description: 'Personal i skola, socialtjänst och BUP efterfrågar en gemensam utbildning i SIP.',
    notes: ['BUP kan ansvara för utbildningen om skolan och socialtjänsten bidrar med lokaler och deltagare.'],
    basis: [{ title: 'Förslag till utbildningsdag SIP', daysBefore: 12 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att genomföra en gemensam utbildningsdag i samordnad individuell plan.',
        recipients: [{ org: 'bup' }, { org: 'utf' }, { org: 'sof' }],
        actions: [{ title: 'Planera gemensam SIP-utbildning', owner: { person: 'mirja' }, dueDays: 80 }],
      },
    ],
  },
  {
    title: 'Beredning inför styrgruppens möte',
    presenter: 'lena',
    description: 'Omlottgruppen bereder de ärenden som ska tas upp vid styrgruppens nästa möte.',
    notes: ['Lägesrapporten om skolsociala team och förslaget om konsultationstider lyfts till styrgruppen.'],
    basis: [],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att lämna en lägesrapport om uppdragen till styrgruppen.',
        recipients: [{ group: 'styrgrupp' }],
        actions: [{ title: 'Skriva lägesrapport till styrgruppen', owner: { person: 'lena' }, dueDays: 14 }],
      },
    ],
  },
  {
    title: 'Lärandelogg för pilotprojekten',
    presenter: 'helena',
    description: 'Styrgruppen har gett Omlottgruppen i uppdrag att samla erfarenheterna från pilotprojekten.',
    notes: ['Loggen förs löpande och gås igenom vid varannan träff.'],
    basis: [{ title: 'Mall för lärandelogg', series: 'SN', daysBefore: 7 }],
    decisions: [{ type: 'position', text: 'ställer sig bakom förslaget till mall för lärandeloggen.' }],
  },
  {
    title: 'Rapport från arbetsgruppen för skolnärvaro',
    presenter: 'fatima',
    description: 'Arbetsgruppen redovisar sitt arbete med närvaroteamen.',
    notes: ['Närvaroteamet på Norrbyskolan har kommit i gång. Erfarenheterna ska spridas till fler skolor.'],
    repeatable: true,
    basis: [],
    decisions: [{ type: 'information', text: 'tar del av rapporten.', links: [{ goal: 'franvaro' }] }],
  },
];
