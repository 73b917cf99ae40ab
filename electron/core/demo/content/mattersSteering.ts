// Demo matters of the steering group (styrgruppen): directives, resources, reporting to committees.
import type { MatterTemplate } from './matters.ts';

export const steeringMatters: readonly MatterTemplate[] = [
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
