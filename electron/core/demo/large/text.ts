// Swedish text of the large demo: matter titles, notes, decisions, actions and follow-up notes,
// put together from templates and word lists so that rows differ while reading like a secretary's.
import type { DecisionType } from '../../repositories/decisions.ts';
import type { Random } from '../random.ts';
import { benchmarkTerms, delayReasons, months, periods, schools, targetGroups } from './vocabulary.ts';

/** What a matter is about, and who and what its text can name. */
export type TextContext = {
  topic: string;
  /** "Styrgruppen", "Arbetsgruppen" … */
  subject: string;
  presenter: string;
  /** Organisations of the group's members, e.g. "Socialförvaltningen". */
  organisations: readonly string[];
  area: string;
  year: number;
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

type Template = (rng: Random, c: TextContext) => string;

const org = (rng: Random, c: TextContext) => rng.pick(c.organisations);
const school = (rng: Random) => rng.pick(schools);
const count = (rng: Random) => rng.int(3, 140);

const matterTitles: readonly Template[] = [
  (_, c) => `Lägesrapport: ${c.topic}`,
  (_, c) => `Redovisning av arbetet med ${c.topic}`,
  (_, c) => `${cap(c.topic)} – förslag till gemensam rutin`,
  (r, c) => `Uppföljning av ${c.topic} under ${r.pick(periods)}`,
  (_, c) => `Kartläggning av ${c.topic} i område ${c.area}`,
  (r, c) => `Information om ${c.topic} från ${org(r, c)}`,
  (_, c) => `Handlingsplan för ${c.topic} ${c.year}`,
  (_, c) => `Ansökan om utvecklingsmedel för ${c.topic}`,
  (_, c) => `Samverkansrutin för ${c.topic} – revidering`,
  (r, c) => `Statistik om ${c.topic}, ${r.pick(periods)} ${c.year}`,
  (r, c) => `${cap(c.topic)} på ${school(r)}`,
];

const descriptions: readonly Template[] = [
  (_, c) => `${c.presenter} redovisar läget i arbetet med ${c.topic}.`,
  (r, c) => `Förslag från ${org(r, c)} om hur samverkan kring ${c.topic} kan utvecklas.`,
  (_, c) => `Genomgång av hur arbetet med ${c.topic} har fungerat sedan förra mötet.`,
  (r, c) => `Underlag inför beslut om ${c.topic} för ${r.pick(targetGroups)}.`,
  (r, c) => `${c.presenter} informerar om erfarenheterna från ${school(r)}.`,
];

const sentences: readonly Template[] = [
  (_, c) => `${c.presenter} redovisade läget i arbetet med ${c.topic}.`,
  (r, c) => `Under ${r.pick(periods)} har ${count(r)} ${r.pick(targetGroups)} berörts av ${c.topic}.`,
  () => 'Samverkan mellan skolan och socialtjänsten fungerar i huvudsak väl, men rutinerna för återkoppling behöver förtydligas.',
  (r, c) => `Gruppen diskuterade hur arbetet kan samordnas med ${lower(org(r, c))}.`,
  (r, c) => `${org(r, c)} lyfte att det behövs en tydligare ansvarsfördelning i arbetet.`,
  (r) => `Antalet ärenden har ${r.pick(['ökat', 'minskat', 'legat stilla'])} jämfört med ${r.pick(['föregående termin', 'samma period förra året', 'förra mätningen'])}.`,
  (r, c) => `Det finns en oro för att ${c.topic} blir vanligare bland ${r.pick(targetGroups)}.`,
  () => 'Ett utkast till rutin skickas ut före nästa möte.',
  () => 'Frågan om finansiering är ännu inte löst och arbetet kan behöva prioriteras om.',
  (r) => `Erfarenheterna från ${school(r)} visar att tidiga signaler fångas upp snabbare när elevhälsan är med från början.`,
  (r) => `Skolkuratorn på ${school(r)} beskrev hur arbetet med enskilda elever har utvecklats.`,
  (r) => `Skolsköterskorna har uppmärksammat fler besök som rör sömn, stress och oro under ${r.pick(periods)}.`,
  () => 'Samordnade insatser ger bättre effekt än när varje verksamhet arbetar för sig.',
  (r) => `Polisen rapporterade ${r.int(2, 15)} händelser i området som rör unga under perioden.`,
  (r, c) => `${cap(c.subject.toLowerCase())} vill att arbetet följs upp med några enkla mått redan i ${r.pick(months)}.`,
  (r) => `Vårdnadshavare har bjudits in till ${r.pick(['ett informationsmöte', 'en föräldraträff', 'samtal i mindre grupper'])} om arbetet.`,
  (r) => `Budgeten för arbetet uppgår till ${r.int(2, 90) * 10} 000 kronor för året.`,
  (r, c) => `Arbetet med ${c.topic} bör samordnas med den lokala överenskommelsen om samverkan i område ${c.area} och med ${r.pick(['BUP', 'familjecentralen', 'ungdomsmottagningen', 'fritidsgårdarna'])}.`,
  () => 'Flera deltagare betonade att barnets perspektiv ska synas i dokumentationen.',
  (r) => `Enkäten till personalen besvarades av ${r.int(35, 95)} procent.`,
  () => 'Arbetet bygger på den modell som prövades i pilotprojektet förra året.',
  (r, c) => `${org(r, c)} tar fram ett underlag om ${c.topic} till nästa möte.`,
];

/** A matter's title and its short description. */
export function matterTitle(rng: Random, c: TextContext): { title: string; description: string } {
  return { title: rng.pick(matterTitles)(rng, c), description: rng.pick(descriptions)(rng, c) };
}

/** The notes of a matter: two to four paragraphs of one to three sentences. */
export function matterNotes(rng: Random, c: TextContext, rare: boolean): string[] {
  const paragraphs = Array.from({ length: rng.int(2, 4) }, () =>
    Array.from({ length: rng.int(1, 3) }, () => rng.pick(sentences)(rng, c)).join(' '),
  );
  if (rare) paragraphs.push(`Gruppen jämförde arbetet med ${benchmarkTerms.rare} som används i en grannkommun.`);
  return paragraphs;
}

const decisionTexts: Record<DecisionType, readonly Template[]> = {
  decision: [
    (_, c) => `${c.subject} beslutar att godkänna förslaget till rutin för ${c.topic}.`,
    (r, c) => `${c.subject} beslutar att ge ${lower(org(r, c))} i uppdrag att ta fram en plan för arbetet med ${c.topic}.`,
    (_, c) => `${c.subject} beslutar att arbetet med ${c.topic} fortsätter enligt redovisad inriktning.`,
    (r, c) => `${c.subject} beslutar att avsätta ${r.int(2, 40) * 10} 000 kronor till arbetet med ${c.topic}.`,
    (r, c) => `${c.subject} beslutar att pröva arbetssättet för ${c.topic} på ${school(r)} under ${r.pick(periods)}.`,
    (_, c) => `${c.subject} beslutar att arbetet med ${c.topic} ska följas upp vid varje möte.`,
    (r, c) => `${c.subject} beslutar att bjuda in ${lower(org(r, c))} för att fördjupa samverkan kring ${c.topic}.`,
  ],
  information: [
    (_, c) => `${c.subject} tar del av informationen om arbetet med ${c.topic}.`,
    (_, c) => `${c.subject} lägger redovisningen av ${c.topic} till handlingarna och noterar att arbetet fortsätter.`,
  ],
  position: [
    (_, c) => `${c.subject} ställer sig bakom inriktningen för arbetet med ${c.topic}.`,
    (r, c) => `${c.subject} tillstyrker förslaget och överlämnar det till ${lower(org(r, c))}.`,
  ],
};

export function decisionText(rng: Random, c: TextContext, type: DecisionType): string {
  return rng.pick(decisionTexts[type])(rng, c);
}

const actionTitles: readonly Template[] = [
  (_, c) => `Ta fram ett förslag till rutin för ${c.topic}`,
  (r, c) => `Sammanställa statistik om ${c.topic} för ${r.pick(periods)}`,
  (r, c) => `Bjuda in ${lower(org(r, c))} till ett möte om ${c.topic}`,
  (r, c) => `Följa upp arbetet med ${c.topic} på ${school(r)}`,
  (_, c) => `Redovisa arbetet med ${c.topic} för nämnderna`,
  (r, c) => `Samordna arbetet med ${c.topic} med ${lower(org(r, c))}`,
  (_, c) => `Planera en gemensam utbildningsdag om ${c.topic}`,
  (_, c) => `Uppdatera informationsmaterialet om ${c.topic}`,
  (_, c) => `Utvärdera arbetet med ${c.topic} och föreslå förbättringar`,
  (r, c) => `Förankra arbetet med ${c.topic} i ${r.pick(['skolledningen', 'elevhälsan', 'ledningsgruppen', 'arbetsplatsträffarna'])}`,
  (_, c) => `Beskriva ansvarsfördelningen i arbetet med ${c.topic}`,
];

export function actionTitle(rng: Random, c: TextContext): string {
  return rng.pick(actionTitles)(rng, c);
}

// Most notes name the topic, as secretaries do when the list is long.
const inProgressNotes: readonly Template[] = [
  (_, c) => `Arbetet med ${c.topic} pågår enligt plan.`,
  (r, c) => `Arbetet med ${c.topic} pågår; en första avstämning med ${lower(org(r, c))} är gjord.`,
  (r, c) => `Arbetet med ${c.topic} har påbörjats men är försenat på grund av ${r.pick(delayReasons)}.`,
  (r) => `Arbetet pågår. Ett utkast finns och stäms av med ${school(r)} i ${r.pick(months)}.`,
  (_, c) => `Arbetet pågår men behöver mer tid än beräknat, eftersom ${c.topic} berör fler verksamheter än väntat.`,
  (r, c) => `Arbetet går framåt; ${r.int(2, 9)} av ${r.int(10, 14)} skolor har rapporterat om ${c.topic}.`,
  () => 'Ingen förändring sedan föregående uppföljning; arbetet har stått still.',
];

const notStartedNotes: readonly Template[] = [
  (r, c) => `Arbetet med ${c.topic} har ännu inte påbörjats; start planeras i ${r.pick(months)}.`,
  () => 'Arbetet har inte startat, ansvarig chef är ny och sätter sig in i uppdraget.',
];

const doneNotes: readonly Template[] = [
  () => 'Arbetet är slutfört och redovisat vid mötet.',
  (r, c) => `Klart. Rutinen för ${c.topic} är antagen och skickad till ${lower(org(r, c))}.`,
  (r, c) => `Arbetet med ${c.topic} är genomfört; sammanställningen finns hos sekreteraren sedan ${r.pick(months)}.`,
  (_, c) => `Uppdraget är slutfört. Arbetet med ${c.topic} följs hädanefter inom ordinarie verksamhet.`,
  (r, c) => `Klart. Utbildningsdagen om ${c.topic} genomfördes med ${r.int(20, 120)} deltagare och arbetet är avslutat.`,
  (_, c) => `Arbetet är klart och materialet om ${c.topic} har publicerats på intranätet.`,
];

const cancelledNotes: readonly Template[] = [
  (_, c) => `Uppdraget avslutas eftersom ${c.topic} hanteras inom ordinarie verksamhet.`,
  () => 'Uppdraget avslutas; behovet har upphört.',
  (r, c) => `Uppdraget avslutas. Arbetet med ${c.topic} tas över av ${lower(org(r, c))}.`,
];

export function followUpNote(rng: Random, c: TextContext, status: 'not_started' | 'in_progress' | 'done' | 'cancelled'): string {
  const pool = status === 'done' ? doneNotes : status === 'cancelled' ? cancelledNotes : status === 'not_started' ? notStartedNotes : inProgressNotes;
  return rng.pick(pool)(rng, c);
}

export function dueDateReason(rng: Random): string {
  return cap(`ny tidpunkt på grund av ${rng.pick(delayReasons)}.`);
}
