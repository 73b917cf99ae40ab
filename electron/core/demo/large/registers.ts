// Mandates and goals of the large demo, spread over the twenty years. Each is about one topic;
// matters on that topic while it is active are linked to it (and sometimes their decisions and actions).
import type { MandateStatus } from '../../../../shared/contract/index.ts';
import { addDays, daysBetween } from '../../../../shared/domain/dates.ts';
import type { Random } from '../random.ts';
import type { Topic } from './vocabulary.ts';

type RegisterSetup = { topic: Topic; title: string; description: string; at: number };

// `at`: where in the period (0 = its first day, 1 = today) the mandate was given or the goal set.
const mandateSetups: readonly (RegisterSetup & { by: string; to: string; assignees: readonly string[] })[] = [
  { topic: 'skolnärvaro', title: 'Gemensam handlingsplan mot problematisk skolfrånvaro', description: 'Ta fram och genomföra en gemensam handlingsplan för tidig upptäckt och samordnade insatser vid problematisk skolfrånvaro.', at: 0.05, by: 'BUN', to: 'Barn- och utbildningsnämnden', assignees: ['bun', 'sn'] },
  { topic: 'tidiga insatser', title: 'Utveckla tidiga och samordnade insatser för barn och unga', description: 'Nämnderna ska gemensamt utveckla arbetet med tidiga insatser i alla stadsdelar.', at: 0.15, by: 'KF', to: 'Kommunfullmäktige', assignees: ['sn', 'bun'] },
  { topic: 'rekrytering till kriminella nätverk', title: 'Förebygga rekrytering av unga till kriminella nätverk', description: 'Utveckla samverkan mellan skola, socialtjänst, polis och fritid (SSPF) kring unga i riskmiljöer.', at: 0.25, by: 'SN', to: 'Socialnämnden', assignees: ['sn'] },
  { topic: 'psykisk ohälsa bland unga', title: 'Handlingsplan för ungas psykiska hälsa', description: 'Tillsammans med regionen ta fram en handlingsplan för att främja ungas psykiska hälsa.', at: 0.32, by: 'KS', to: 'Kommunstyrelsen', assignees: ['sn', 'bun'] },
  { topic: 'våld i nära relationer', title: 'Kommunövergripande plan mot våld i nära relationer', description: 'Ta fram en plan mot våld i nära relationer med tydlig ansvarsfördelning mellan förvaltningarna.', at: 0.4, by: 'KF', to: 'Kommunfullmäktige', assignees: ['sn'] },
  { topic: 'feriejobb', title: 'Feriejobb till alla ungdomar som avslutat årskurs 9', description: 'Erbjuda feriejobb till alla ungdomar som avslutat årskurs 9 eller första året på gymnasiet.', at: 0.48, by: 'KS', to: 'Kommunstyrelsen', assignees: ['kfn', 'bun'] },
  { topic: 'föräldraskapsstöd', title: 'Föräldraskapsstöd till föräldrar med barn 0–17 år', description: 'Erbjuda generellt och riktat föräldraskapsstöd i alla stadsdelar.', at: 0.55, by: 'SN', to: 'Socialnämnden', assignees: ['sn'] },
  { topic: 'samordnad individuell plan', title: 'Förbättra användningen av samordnad individuell plan (SIP)', description: 'Öka antalet SIP där barnet eller den unga själv deltar.', at: 0.62, by: 'SN', to: 'Socialnämnden', assignees: ['sn', 'bun'] },
  { topic: 'simkunnighet', title: 'Alla elever ska kunna simma när de lämnar årskurs 6', description: 'Säkerställa simundervisning och lovskola i simning för elever som inte når kunskapskraven.', at: 0.7, by: 'BUN', to: 'Barn- och utbildningsnämnden', assignees: ['bun', 'kfn'] },
  { topic: 'hemlöshet bland unga vuxna', title: 'Bostad först för unga vuxna', description: 'Pröva arbetssättet Bostad först för unga vuxna i samverkan med det kommunala bostadsbolaget.', at: 0.78, by: 'KF', to: 'Kommunfullmäktige', assignees: ['sn'] },
  { topic: 'trygghetsvandringar', title: 'Trygghetsskapande åtgärder i stadsdelarna', description: 'Genomföra trygghetsvandringar och åtgärda brister i den fysiska miljön.', at: 0.85, by: 'KS', to: 'Kommunstyrelsen', assignees: ['kfn', 'sn'] },
  { topic: 'hedersrelaterat våld', title: 'Kompetenshöjning om hedersrelaterat våld och förtryck', description: 'All personal i skola och socialtjänst ska ha grundläggande kunskap om hedersrelaterat våld och förtryck.', at: 0.92, by: 'SN', to: 'Socialnämnden', assignees: ['sn', 'bun'] },
];

const goalSetups: readonly (RegisterSetup & { indicator: string; target: string })[] = [
  { topic: 'skolnärvaro', title: 'Minskad problematisk skolfrånvaro', description: 'Fler elever ska gå i skolan regelbundet.', indicator: 'Andel elever med mer än 15 % frånvaro', target: 'Under 8 %', at: 0.1 },
  { topic: 'psykisk ohälsa bland unga', title: 'Bättre psykisk hälsa bland unga', description: 'Färre unga ska uppge att de ofta känner oro eller nedstämdhet.', indicator: 'Andel i årskurs 9 som mår bra (LUPP)', target: 'Minst 75 %', at: 0.3 },
  { topic: 'orosanmälningar', title: 'Snabbare återkoppling på orosanmälningar', description: 'Den som anmäler oro ska få återkoppling inom två veckor.', indicator: 'Andel anmälningar med återkoppling inom 14 dagar', target: 'Minst 90 %', at: 0.45 },
  { topic: 'simkunnighet', title: 'Alla elever simkunniga', description: 'Alla elever ska kunna simma 200 meter när de lämnar årskurs 6.', indicator: 'Andel simkunniga i årskurs 6', target: '100 %', at: 0.55 },
  { topic: 'sommarlovsaktiviteter', title: 'Meningsfulla lov för alla barn', description: 'Fler barn ska delta i avgiftsfria lovaktiviteter.', indicator: 'Antal deltagare i lovaktiviteter', target: 'Öka med 10 % per år', at: 0.65 },
  { topic: 'språkutveckling i förskolan', title: 'Stärkt språkutveckling i förskolan', description: 'Barn med annat modersmål ska få stöd i sin språkutveckling tidigt.', indicator: 'Andel förskolor med språkombud', target: 'Alla förskolor', at: 0.75 },
  { topic: 'läxhjälp', title: 'Läxhjälp tillgänglig för alla elever', description: 'Alla skolor ska erbjuda läxhjälp minst två eftermiddagar i veckan.', indicator: 'Andel skolor som erbjuder läxhjälp', target: '100 %', at: 0.85 },
  { topic: 'tidiga insatser', title: 'Fler barn får stöd tidigt', description: 'Stöd ska sättas in innan problemen växer.', indicator: 'Andel ärenden som startar före årskurs 4', target: 'Minst 60 %', at: 0.9 },
];

export type RegisterPlan = { kind: 'mandate' | 'goal'; id: string; topic: string; from: string; to: string };

export type MandateRow = {
  id: string;
  title: string;
  description: string;
  source: string;
  reportBackDate: string;
  reportBackTo: string;
  status: MandateStatus;
  assignees: readonly string[];
};
export type GoalRow = { id: string; title: string; description: string; indicator: string; target: string; periodStart: string; periodEnd: string; source: string };

/** The registers' rows and, for linking, when each one is active. */
export function planRegisters(rng: Random, newId: () => string, start: string, today: string) {
  const span = daysBetween(start, today);
  const dateAt = (fraction: number) => addDays(start, Math.round(span * fraction));
  const plans: RegisterPlan[] = [];
  const mandates: MandateRow[] = mandateSetups.map((m) => {
    const id = newId();
    const given = addDays(dateAt(m.at), rng.int(-60, 60));
    const reportBackDate = addDays(given, rng.int(540, 1100));
    const status: MandateStatus = reportBackDate >= today ? 'active' : rng.chance(0.7) ? 'completed' : 'reported';
    plans.push({ kind: 'mandate', id, topic: m.topic, from: given, to: reportBackDate });
    return {
      id,
      title: m.title,
      description: m.description,
      source: `${m.by} ${given} § ${rng.int(12, 160)}`,
      reportBackDate,
      reportBackTo: m.to,
      status,
      assignees: m.assignees,
    };
  });
  const goals: GoalRow[] = goalSetups.map((g) => {
    const id = newId();
    const periodStart = `${dateAt(g.at).slice(0, 4)}-01-01`;
    const periodEnd = `${Number(periodStart.slice(0, 4)) + rng.int(2, 4)}-12-31`;
    plans.push({ kind: 'goal', id, topic: g.topic, from: periodStart, to: periodEnd });
    return { id, title: g.title, description: g.description, indicator: g.indicator, target: g.target, periodStart, periodEnd, source: `KF ${periodStart.slice(0, 4)}-${rng.pick(['02', '06', '11'])}-${rng.int(10, 28)} § ${rng.int(10, 200)}` };
  });
  return { mandates, goals, plans };
}

/** The registers a matter on `topic` held on `date` is linked to. */
export function registersFor(plans: readonly RegisterPlan[], topic: string, date: string): RegisterPlan[] {
  return plans.filter((p) => p.topic === topic && p.from <= date && date <= p.to);
}
