// Swedish text of the mandate and goal registers shared by the core, the UI and documents:
// status names, refusals, and how coverage ("when did the group last treat this?") is said.
import type { MandateStatus } from '../../contract/schemas/registers.ts';
import { paragraphSpan } from './documents.ts';

export const mandateStatusLabel: Record<MandateStatus, string> = {
  active: 'Pågående',
  reported: 'Återrapporterat',
  completed: 'Slutfört',
  cancelled: 'Avbrutet',
};

const links = (n: number) => (n === 1 ? '1 punkt, beslut eller åtgärd' : `${n} punkter, beslut eller åtgärder`);

export const registersMessages = {
  notFound: {
    mandate: 'Uppdraget finns inte i registret (det kan ha tagits bort).',
    goal: 'Målet finns inte i registret (det kan ha tagits bort).',
  },
  inUse: {
    mandate: (n: number) =>
      `Uppdraget kan inte tas bort: det är kopplat till ${links(n)} i mötena, som visar när gruppen behandlade det. Ta bort kopplingarna först, eller ändra status till Avbrutet.`,
    goal: (n: number) =>
      `Målet kan inte tas bort: det är kopplat till ${links(n)} i mötena, som visar när gruppen behandlade det. Ta bort kopplingarna först.`,
  },
} as const;

/** "§ 7", "§§ 7–8"; empty when the item had no § (minnesanteckningar). */
const sections = (numbers: readonly number[]) => (numbers.length > 0 ? ` ${paragraphSpan(numbers)}` : '');

export const coverageText = {
  /** "Senast behandlad 2026-03-05 i Styrgruppen § 7". */
  lastTreated: (date: string, groupName: string, sectionNumbers: readonly number[]) => `Senast behandlad ${date} i ${groupName}${sections(sectionNumbers)}`,
  neverTreated: 'Aldrig behandlad',
  daysAgo: (days: number) => (days === 0 ? 'i dag' : days === 1 ? 'för 1 dag sedan' : `för ${days} dagar sedan`),
  /** The warning when the group has not treated it within its set period (months null: the groups' periods differ). */
  notTreated: (months: number | null) => (months === null ? 'Inte behandlad inom gruppernas bevakningstid' : `Inte behandlad på ${months} månader`),
  reportBackSoon: (days: number) => (days === 0 ? 'Återrapport i dag' : days === 1 ? 'Återrapport i morgon' : `Återrapport om ${days} dagar`),
  reportBackPassed: (date: string) => `Återrapporteringsdagen ${date} har passerat`,
} as const;
