// Section numbers (§) run per group and calendar year through the items of held meetings, in
// meeting order and agenda order. Approved meetings keep theirs; drafts continue after them.
import type { MeetingStatus } from '../contract/schemas/codes.ts';

export type NumberingMeeting = {
  id: string;
  status: MeetingStatus;
  /** The meeting's items in agenda order, with the numbers they have now. */
  items: { id: string; sectionNumber: number | null }[];
};

export type NumberingResult = {
  /** The number every item should have (null for planned and cancelled meetings). */
  numbers: Map<string, number | null>;
  /** A meeting that is held but not approved and comes before an approved one: numbering is impossible. */
  blockedBy: { heldId: string; approvedId: string } | null;
};

export const heldStatuses: readonly MeetingStatus[] = ['draft', 'for_approval', 'approved'];
export const isHeld = (status: MeetingStatus): boolean => heldStatuses.includes(status);

/** The calendar year a date ('YYYY-MM-DD') belongs to. */
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/**
 * Numbers the items of one group's meetings in one calendar year. `meetings` must be in meeting
 * order (date, start time, creation); `firstNumber` is the year's first § (1 unless the group says
 * otherwise). Approved meetings are never renumbered: the count continues after their last §.
 */
export function assignSectionNumbers(meetings: readonly NumberingMeeting[], firstNumber: number): NumberingResult {
  const numbers = new Map<string, number | null>();
  let next = firstNumber;
  let pendingHeld: string | null = null;
  let blockedBy: NumberingResult['blockedBy'] = null;
  for (const meeting of meetings) {
    if (!isHeld(meeting.status)) {
      for (const item of meeting.items) numbers.set(item.id, null);
      continue;
    }
    if (meeting.status === 'approved') {
      if (pendingHeld && !blockedBy) blockedBy = { heldId: pendingHeld, approvedId: meeting.id };
      for (const item of meeting.items) {
        numbers.set(item.id, item.sectionNumber);
        if (item.sectionNumber !== null) next = Math.max(next, item.sectionNumber + 1);
      }
      continue;
    }
    pendingHeld ??= meeting.id;
    for (const item of meeting.items) numbers.set(item.id, next++);
  }
  return { numbers, blockedBy };
}
