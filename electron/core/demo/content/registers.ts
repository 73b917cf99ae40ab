// Demo content: mandates (uppdrag) from the council and committees, and goals with indicators.
import type { MandateStatus } from '../../repositories/registers.ts';
import type { OrgKey, YearDate } from './setup.ts';

export type MandateKey = 'skolsociala' | 'franvaroplan' | 'sspf' | 'overenskommelse';
export type GoalKey = 'franvaro' | 'oro' | 'fritid';

/** Sources and dates are relative to the demo's year, so the registers look current. */
export const mandates: readonly {
  key: MandateKey;
  title: string;
  description: string;
  source: (year: number) => string;
  /** Days from the demo's today; negative for a report already given. */
  reportBackInDays: number | null;
  reportBackTo: string;
  status: MandateStatus;
  assignees: readonly OrgKey[];
}[] = [
  {
    key: 'skolsociala',
    title: 'Etablera skolsociala team',
    description:
      'Socialnämnden får i uppdrag att i samverkan med barn- och utbildningsnämnden etablera skolsociala team på kommunens grundskolor, med utgångspunkt i erfarenheterna från pilotprojektet.',
    source: (y) => `KF ${y - 2}-06-14 § 99`,
    reportBackInDays: 75,
    reportBackTo: 'Socialnämnden och barn- och utbildningsnämnden',
    status: 'active',
    assignees: ['sn', 'bun'],
  },
  {
    key: 'franvaroplan',
    title: 'Gemensam handlingsplan mot problematisk skolfrånvaro',
    description: 'Ta fram och genomföra en gemensam handlingsplan för tidig upptäckt och samordnade insatser vid problematisk skolfrånvaro.',
    source: (y) => `BUN ${y - 1}-02-15 § 14`,
    reportBackInDays: 40,
    reportBackTo: 'Barn- och utbildningsnämnden',
    status: 'active',
    assignees: ['bun', 'sn'],
  },
  {
    key: 'sspf',
    title: 'Samverkan skola, socialtjänst, polis och fritid (SSPF) för unga i riskmiljöer',
    description: 'Utveckla den lokala samverkan mellan skola, socialtjänst, polis och fritid kring unga som riskerar att dras in i kriminalitet.',
    source: (y) => `SN ${y - 1}-03-21 § 42`,
    reportBackInDays: -30,
    reportBackTo: 'Socialnämnden',
    status: 'reported',
    assignees: ['sn', 'bun'],
  },
  {
    key: 'overenskommelse',
    title: 'Revidera överenskommelsen om samverkan mellan skola och socialtjänst',
    description: 'Överenskommelsen ska revideras med anledning av ny socialtjänstlag och ses därefter över årligen.',
    source: (y) => `KS ${y - 1}-09-04 § 131`,
    reportBackInDays: 150,
    reportBackTo: 'Kommunstyrelsen',
    status: 'active',
    assignees: ['sn', 'bun'],
  },
];

export const goals: readonly {
  key: GoalKey;
  title: string;
  description: string;
  indicator: string;
  target: string;
  periodStart: YearDate;
  periodEnd: YearDate;
  source: (year: number) => string;
}[] = [
  {
    key: 'franvaro',
    title: 'Minskad problematisk skolfrånvaro',
    description: 'Fler elever ska vara i skolan och nå målen för utbildningen.',
    indicator: 'Andel elever i grundskolan med mer än 15 % frånvaro',
    target: 'Minska med minst två procentenheter jämfört med läsåret före perioden',
    periodStart: [-1, '01-01'],
    periodEnd: [1, '12-31'],
    source: (y) => `KF ${y - 2}-11-22 § 187, Mål och budget`,
  },
  {
    key: 'oro',
    title: 'Tidig upptäckt av barn som far illa',
    description: 'Skolan och socialtjänsten ska agera tidigt och samordnat när ett barn kan behöva stöd eller skydd.',
    indicator: 'Andel orosanmälningar från skolan där anmälaren får återkoppling inom två veckor',
    target: 'Minst 90 %',
    periodStart: [0, '01-01'],
    periodEnd: [0, '12-31'],
    source: (y) => `KF ${y - 1}-11-20 § 201, Mål och budget`,
  },
  {
    key: 'fritid',
    title: 'Fler unga i meningsfull fritid',
    description: 'Barn och unga ska ha tillgång till trygga och meningsfulla fritidsaktiviteter.',
    indicator: 'Andel elever i årskurs 7–9 som deltar i organiserad fritidsverksamhet minst en gång i veckan',
    target: 'Öka till minst 60 %',
    periodStart: [-1, '01-01'],
    periodEnd: [1, '12-31'],
    source: (y) => `KF ${y - 2}-11-22 § 187, Mål och budget`,
  },
];
