// Swedish text for producing and sending Word documents: file names, the expediering log's
// descriptions, and the core's refusals. The documents' own text is in documents.ts.
import type { ActionStatus } from '../../contract/schemas/codes.ts';
import { actionStatusLabel } from './labels.ts';

/** "§ 3", "§ 3–5" for a run, "§ 3, 5, 8" otherwise. */
export function sectionSpan(sections: readonly number[]): string {
  const sorted = [...sections].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  if (sorted.length === 1) return `§ ${sorted[0]}`;
  return contiguous ? `§ ${sorted[0]}–${sorted[sorted.length - 1]}` : `§ ${sorted.join(', ')}`;
}

export const exportText = {
  fileName: {
    protocol: (kindLabel: string, group: string, date: string, isPublic: boolean) => `${kindLabel} ${group} ${date}${isPublic ? ' (offentlig version)' : ''}`,
    extract: (group: string, date: string, sections: readonly number[], recipient: string | null) =>
      `Protokollsutdrag ${group} ${date} ${sectionSpan(sections)}${recipient ? ` ${recipient}` : ''}`,
    notice: (group: string, date: string) => `Kallelse ${group} ${date}`,
    actionList: (scope: string, date: string) => `Åtgärdslista ${scope} ${date}`,
  },
  log: {
    protocol: (kindLabel: string, isPublic: boolean) => `${kindLabel}${isPublic ? ' (offentlig version)' : ''}`,
    extract: (sections: readonly number[]) => `Protokollsutdrag ${sectionSpan(sections)}`,
    notice: 'Kallelse med dagordning',
    actionList: (scope: string) => `Åtgärdslista – ${scope}`,
    /** The recipient of a notice: the group's members. */
    noticeRecipients: 'Gruppens ledamöter',
  },
  allGroups: 'Alla grupper',
  filter: {
    status: (s: ActionStatus) => `Status: ${actionStatusLabel[s]}`,
    overdue: 'Endast försenade',
    owner: (name: string) => `Ansvarig: ${name}`,
    organisation: (name: string) => `Organisation: ${name}`,
    dueOnOrBefore: (date: string) => `Klart senast: till och med ${date}`,
  },
  protocolNotHeld: 'Protokollet kan skrivas ut när mötet har startats. Ett planerat möte har en kallelse i stället.',
  noticeOnlyPlanned: 'Kallelsen skrivs för ett möte som inte är inställt.',
  extractOnlyApproved: 'Protokollsutdrag görs bara ur justerade protokoll: ett utdrag intygar justerad text.',
  sectionsNotInProtocol: (missing: string) => `Protokollet har inte ${missing}.`,
} as const;
