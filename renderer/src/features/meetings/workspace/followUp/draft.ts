// What the secretary has typed for one action in this meeting, and how it becomes the
// `followUps.record` input. Empty text means "not given"; the API trims and validates the rest.
import type { ActionStatus, MeetingFollowUpRow, MethodInput } from '../../../../../../shared/contract/index.ts';

export type Draft = { status: ActionStatus; note: string; newDueDate: string; dueDateReason: string; escalatedTo: string };

export const isClosing = (status: ActionStatus) => status === 'done' || status === 'cancelled';

/** This meeting's entry if there is one; else the action as it stands (a closed one with its closure note, for confirmation). */
export function initialDraft(row: MeetingFollowUpRow): Draft {
  const e = row.entry;
  if (e) return { status: e.status, note: e.note ?? '', newDueDate: e.newDueDate ?? '', dueDateReason: e.dueDateReason ?? '', escalatedTo: e.escalatedTo ?? '' };
  return { status: row.status, note: row.closedSincePrevious ? (row.latestNote ?? '') : '', newDueDate: '', dueDateReason: '', escalatedTo: '' };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.status === b.status && a.note === b.note && a.newDueDate === b.newDueDate && a.dueDateReason === b.dueDateReason && a.escalatedTo === b.escalatedTo;
}

const given = (text: string) => (text.trim() ? text.trim() : null);

export function toRecordInput(draft: Draft, actionId: string, meetingId: string): MethodInput<'followUps.record'> {
  return {
    actionId,
    meetingId,
    status: draft.status,
    note: given(draft.note),
    newDueDate: given(draft.newDueDate),
    dueDateReason: given(draft.dueDateReason),
    escalatedTo: given(draft.escalatedTo),
  };
}
