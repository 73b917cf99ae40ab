// Demo content: the matters (ärenden) each group treats, in the order they come up.
// Texts never name a child or carry a personal identity number: individual cases are
// described de-identified, as the confidentiality rules require.
import type { DecisionType } from '../../repositories/decisions.ts';
import type { GoalKey, MandateKey } from './registers.ts';
import type { GroupKey, OrgKey, PersonKey } from './setup.ts';

export type OwnerRef = { person: PersonKey } | { group: GroupKey };
export type RecipientRef = { org: OrgKey } | { group: GroupKey };
export type RegisterRef = { mandate: MandateKey } | { goal: GoalKey };

export type ActionTemplate = {
  title: string;
  owner: OwnerRef;
  /** Due this many days after the meeting. */
  dueDays: number;
  /** Never finished: keeps an overdue open action in the demo. */
  stuck?: boolean;
  links?: readonly RegisterRef[];
};

export type DecisionTemplate = {
  type: DecisionType;
  /** The text after the group's name: "beslutar att …", "tar del av …", "ställer sig bakom …". */
  text: string;
  recipients?: readonly RecipientRef[];
  actions?: readonly ActionTemplate[];
  links?: readonly RegisterRef[];
};

export type MatterTemplate = {
  title: string;
  presenter: PersonKey;
  description: string;
  notes: readonly string[];
  /** Basis documents; dated this many days before the meeting, with a diarienummer series. */
  basis: readonly { title: string; series?: 'UN' | 'SN' | 'KFN'; daysBefore: number }[];
  decisions: readonly DecisionTemplate[];
  links?: readonly RegisterRef[];
  /** A guest who takes part in this item only (övriga närvarande). */
  guest?: PersonKey;
  confidential?: boolean;
  /** May come up again once every matter has been treated (a recurring report without actions). */
  repeatable?: boolean;
};

const steering: readonly MatterTemplate[] = [
  {
    title: 'Revidering av överenskommelsen om samverkan',
    presenter: 'karin',
    description:
      'Överenskommelsen om samverkan mellan skola och socialtjänst har inte reviderats sedan den undertecknades. Den nya socialtjänstlagen och kommunstyrelsens uppdrag gör att den behöver ses över.',
    notes: [
      'Ordföranden redogjorde för bakgrunden. Flera rutiner i överenskommelsen hänvisar till bestämmelser som har ändrats.',
      'Styrgruppen diskuterade om revideringen ska göras i ett steg eller i två steg, med de mest brådskande ändringarna först.',
    ],
    basis: [
      { title: 'Överenskommelse om samverkan mellan skola och socialtjänst', series: 'SN', daysBefore: 900 },
      { title: 'Tjänsteskrivelse: behov av revidering', series: 'SN', daysBefore: 12 },
    ],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att ge Omlottgruppen i uppdrag att ta fram ett förslag till reviderad överenskommelse.',
        recipients: [{ group: 'omlott' }, { org: 'sn' }, { org: 'bun' }],
        actions: [{ title: 'Ta fram förslag till reviderad överenskommelse', owner: { group: 'omlott' }, dueDays: 75, stuck: true, links: [{ mandate: 'overenskommelse' }] }],
        links: [{ mandate: 'overenskommelse' }],
      },
    ],
    links: [{ mandate: 'overenskommelse' }],
  },
  {
    title: 'Skolsociala team – fortsatt arbete',
    presenter: 'johan',
    description:
      'Pilotprojektet med skolsociala team har avrapporterats. Gränsdragningen mellan skollagen och socialtjänstlagen behöver klargöras innan teamen införs på fler skolor.',
    notes: [
      'Socialdirektören redovisade slutrapporten från pilotprojektet. Skolorna i projektet beskriver att kontakten med socialtjänsten blivit snabbare.',
      'Frågan om hur uppgifter får delas mellan skolan och socialtjänsten behöver en gemensam juridisk bedömning.',
    ],
    basis: [
      { title: 'Slutrapport pilotprojekt skolsociala team', series: 'SN', daysBefore: 40 },
      { title: 'Anvisning skolsociala team', series: 'UN', daysBefore: 20 },
    ],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att respektive förvaltnings jurister gemensamt ska konsulteras angående utveckling och fortsättning av skolsociala team.',
        recipients: [{ org: 'bun' }, { org: 'sn' }],
        actions: [
          { title: 'Samordna juridisk bedömning, skolans del', owner: { person: 'lena' }, dueDays: 70, links: [{ mandate: 'skolsociala' }] },
          { title: 'Samordna juridisk bedömning, socialtjänstens del', owner: { person: 'johan' }, dueDays: 70, links: [{ mandate: 'skolsociala' }] },
        ],
        links: [{ mandate: 'skolsociala' }],
      },
      { type: 'decision', text: 'beslutar att återrapportering sker vid ett kommande möte.' },
    ],
    links: [{ mandate: 'skolsociala' }],
    guest: 'eva',
  },
  {
    title: 'Samordnare för Omlottgruppen',
    presenter: 'johan',
    description:
      'Omlottgruppen har fått fler uppdrag från styrgruppen. För att arbetet inte ska vara personberoende föreslås en samordnare med ansvar för att uppdragen följs upp.',
    notes: ['Styrgruppen var enig om behovet. Samordnaren placeras på socialförvaltningen och finansieras gemensamt under en försöksperiod.'],
    basis: [{ title: 'Förslag: samordnare för Omlottgruppen', series: 'SN', daysBefore: 10 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att utse en samordnare för Omlottgruppen med placering på socialförvaltningen.',
        recipients: [{ group: 'omlott' }, { org: 'sof' }, { org: 'utf' }],
        actions: [{ title: 'Ta fram uppdragsbeskrivning för samordnaren', owner: { person: 'johan' }, dueDays: 45 }],
      },
    ],
  },
  {
    title: 'Gemensam handlingsplan mot problematisk skolfrånvaro',
    presenter: 'lena',
    description:
      'Omlottgruppen har tagit fram ett förslag till gemensam handlingsplan för tidig upptäckt och samordnade insatser vid problematisk skolfrånvaro.',
    notes: [
      'Chefen för elevhälsan presenterade förslaget. Planen bygger på en gemensam trappa för insatser där socialtjänsten kopplas in tidigare än i dag.',
      'Polisen och fritidsförvaltningen har lämnat synpunkter som arbetats in.',
    ],
    basis: [
      { title: 'Förslag till gemensam handlingsplan mot problematisk skolfrånvaro', series: 'UN', daysBefore: 14 },
      { title: 'Frånvarostatistik per skola, föregående läsår', series: 'UN', daysBefore: 30 },
    ],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att fastställa den gemensamma handlingsplanen mot problematisk skolfrånvaro.',
        recipients: [{ org: 'bun' }, { org: 'sn' }, { group: 'omlott' }],
        actions: [{ title: 'Informera rektorer och enhetschefer om handlingsplanen', owner: { group: 'omlott' }, dueDays: 60 }],
        links: [{ mandate: 'franvaroplan' }, { goal: 'franvaro' }],
      },
    ],
    links: [{ goal: 'franvaro' }, { mandate: 'franvaroplan' }],
  },
  {
    title: 'Ny socialtjänstlag – konsekvenser för samverkan',
    presenter: 'johan',
    description:
      'Den nya socialtjänstlagen betonar förebyggande arbete och samverkan. Styrgruppen informeras om vad lagen innebär för den gemensamma strukturen.',
    notes: ['Socialdirektören gick igenom de delar av lagen som berör skolan. Nämnderna behöver informeras gemensamt.'],
    basis: [{ title: 'Promemoria: ny socialtjänstlag och samverkan med skolan', series: 'SN', daysBefore: 9 }],
    decisions: [
      { type: 'information', text: 'tar del av informationen.' },
      {
        type: 'decision',
        text: 'beslutar att den nya socialtjänstlagen ska presenteras vid en gemensam nämndsdag.',
        recipients: [{ org: 'sn' }, { org: 'bun' }],
        actions: [{ title: 'Presentera den nya socialtjänstlagen vid gemensam nämndsdag', owner: { person: 'johan' }, dueDays: 90 }],
      },
    ],
  },
  {
    title: 'Lägesrapport skolsociala team till nämnderna',
    presenter: 'ali',
    description: 'Kommunfullmäktiges uppdrag om skolsociala team ska redovisas i nämndernas uppföljningsrapporter.',
    notes: ['Tre skolor har nu skolsociala team. Rekryteringen av socialsekreterare till två team pågår.'],
    basis: [{ title: 'Lägesrapport skolsociala team', series: 'SN', daysBefore: 7 }],
    decisions: [
      { type: 'information', text: 'tar del av lägesrapporten.', links: [{ mandate: 'skolsociala' }] },
      {
        type: 'decision',
        text: 'beslutar att lägesrapporten ska ingå i båda förvaltningarnas nästa uppföljningsrapport till nämnderna.',
        recipients: [{ org: 'bun' }, { org: 'sn' }],
        actions: [{ title: 'Sammanställa gemensam text till uppföljningsrapporterna', owner: { person: 'maja' }, dueDays: 30, links: [{ mandate: 'skolsociala' }] }],
      },
    ],
    links: [{ mandate: 'skolsociala' }],
  },
  {
    title: 'Konsultationstider mellan elevhälsan och BUP',
    presenter: 'anders',
    description: 'BUP föreslår fasta konsultationstider där elevhälsan kan rådgöra om elever utan att en remiss behöver skrivas.',
    notes: ['Verksamhetschefen för BUP beskrev modellen. Konsultationerna sker avidentifierat om inte vårdnadshavare har samtyckt.'],
    basis: [{ title: 'Förslag: konsultationstider elevhälsan–BUP', daysBefore: 15 }],
    decisions: [
      {
        type: 'position',
        text: 'ställer sig bakom förslaget om gemensamma konsultationstider för elevhälsan och BUP.',
        recipients: [{ org: 'bup' }, { org: 'utf' }],
        actions: [{ title: 'Ta fram rutin för konsultationstider', owner: { person: 'anders' }, dueDays: 90 }],
      },
    ],
    links: [{ goal: 'oro' }],
  },
  {
    title: 'Trygghetsläget i och kring skolorna',
    presenter: 'thomas',
    description: 'Polisen redovisar lägesbilden kring skolor och fritidsgårdar under terminen.',
    notes: [
      'Kommunpolisen beskrev en ökad oro kring två områden under kvällstid. Fältgruppen och fritidsgårdarna har förstärkt närvaron.',
      'Inga enskilda ärenden togs upp.',
    ],
    basis: [{ title: 'Lägesbild trygghet, polisen och fältgruppen', daysBefore: 5 }],
    decisions: [
      { type: 'information', text: 'tar del av lägesbilden.' },
      {
        type: 'decision',
        text: 'beslutar att polisen och fältgruppen redovisar en samlad lägesbild vid ett kommande möte.',
        recipients: [{ org: 'polis' }, { org: 'sof' }, { org: 'kff' }],
        actions: [{ title: 'Redovisa samlad lägesbild från polisen och fältgruppen', owner: { person: 'thomas' }, dueDays: 60, links: [{ mandate: 'sspf' }] }],
        links: [{ mandate: 'sspf' }],
      },
    ],
  },
  {
    title: 'Skriftlig återrapportering till nämnderna',
    presenter: 'karin',
    description:
      'Revisionen har påpekat att återrapporteringen till nämnderna har skett muntligt. Nämnderna behöver kunna se vad styrgruppen har beslutat och hur långt arbetet har kommit.',
    notes: ['Styrgruppen enades om en gemensam mall med beslut, uppdrag och status för nämndernas uppdrag.'],
    basis: [
      { title: 'Revisionsrapport: samverkan mellan skola och socialtjänst', daysBefore: 60 },
      { title: 'Förslag till mall för återrapportering', series: 'UN', daysBefore: 8 },
    ],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att lämna en skriftlig återrapport till nämnderna två gånger per år.',
        recipients: [{ org: 'bun' }, { org: 'sn' }],
        actions: [{ title: 'Ta fram mall för skriftlig återrapportering', owner: { person: 'maja' }, dueDays: 30 }],
      },
    ],
    links: [{ mandate: 'skolsociala' }],
  },
  {
    title: 'Erfarenheter från pilotprojekten',
    presenter: 'lena',
    description: 'Erfarenheterna från pilotprojekten behöver samlas så att nästa uppdrag inte börjar från noll.',
    notes: ['Styrgruppen diskuterade hur erfarenheter kan samlas löpande, inte bara i slutrapporter.'],
    basis: [{ title: 'Sammanställning av erfarenheter, pilotprojekt', series: 'UN', daysBefore: 18 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att Omlottgruppen ska sammanställa erfarenheterna i en gemensam lärandelogg.',
        recipients: [{ group: 'omlott' }],
        actions: [{ title: 'Upprätta en gemensam lärandelogg för pilotprojekten', owner: { group: 'omlott' }, dueDays: 120 }],
      },
    ],
  },
  {
    title: 'Lovaktiviteter för barn och unga',
    presenter: 'nadia',
    description: 'Kultur- och fritidsförvaltningen redovisar planeringen av aktiviteter under skolloven och behovet av gemensam finansiering.',
    notes: ['Aktiviteterna riktas särskilt till områden där närvaron i skolan är låg.'],
    basis: [{ title: 'Plan för lovaktiviteter', series: 'KFN', daysBefore: 12 }],
    decisions: [
      {
        type: 'position',
        text: 'ställer sig bakom planen för lovaktiviteter.',
        recipients: [{ org: 'kff' }],
        links: [{ goal: 'fritid' }],
      },
    ],
    links: [{ goal: 'fritid' }],
  },
  {
    title: 'Lägesrapport från Omlottgruppen',
    presenter: 'lena',
    description: 'Omlottgruppens ordförande redovisar hur arbetet med styrgruppens uppdrag fortskrider.',
    notes: ['Uppdragen följer i stort sett tidplanen. Revideringen av överenskommelsen har försenats.'],
    repeatable: true,
    basis: [{ title: 'Lägesrapport Omlottgruppen', daysBefore: 6 }],
    decisions: [{ type: 'information', text: 'tar del av lägesrapporten.' }],
  },
  {
    title: 'Årshjul för styrgruppen',
    presenter: 'maja',
    description: 'Styrgruppens möten planeras mot nämndernas rapporteringstider: delårsrapport i augusti och årsredovisning i februari.',
    notes: ['Årshjulet anger när mål, uppdrag och överenskommelsen ska behandlas.'],
    basis: [{ title: 'Förslag till årshjul', series: 'UN', daysBefore: 10 }],
    decisions: [
      {
        type: 'decision',
        text: 'beslutar att fastställa årshjulet.',
        recipients: [{ group: 'omlott' }],
        actions: [{ title: 'Boka mötestider enligt årshjulet', owner: { person: 'maja' }, dueDays: 21 }],
      },
    ],
  },
];

const operative: readonly MatterTemplate[] = [
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

const working: readonly MatterTemplate[] = [
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

export const mattersByGroup: Record<GroupKey, readonly MatterTemplate[]> = {
  styrgrupp: steering,
  omlott: operative,
  narvaro: working,
};
