// Keeps § numbers right: every change that adds, removes or moves items of a held meeting, or
// holds, cancels, moves or deletes a meeting, renumbers the group's year in the same transaction.
import { AppError } from '../../../shared/contract/index.ts';
import { assignSectionNumbers, yearOf } from '../../../shared/domain/sectionNumbers.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { getSectionStart, listGroupYearMeetings, listItemsForNumbering, setSectionNumber } from '../repositories/numbering.ts';
import type { ServiceContext } from './context.ts';

/** Renumbers the items of the group's non-approved meetings of the year; approved ones stay as they are. */
export function renumberGroupYear(ctx: ServiceContext, groupId: string, year: number): void {
  const meetings = listGroupYearMeetings(ctx.db, groupId, year).map((meeting) => ({ ...meeting, items: listItemsForNumbering(ctx.db, meeting.id) }));
  const { numbers, blockedBy } = assignSectionNumbers(meetings, getSectionStart(ctx.db, groupId, year) ?? 1);
  if (blockedBy) {
    const approved = meetings.find((m) => m.id === blockedBy.approvedId);
    throw new AppError('CONFLICT', protocolText.heldBeforeApproved(approved?.date ?? String(year)));
  }
  for (const meeting of meetings) {
    if (meeting.status === 'approved') continue;
    for (const item of meeting.items) {
      const number = numbers.get(item.id) ?? null;
      if (number !== item.sectionNumber) setSectionNumber(ctx.db, item.id, number);
    }
  }
}

/** Renumbers the year a meeting belongs to (and the year it came from, when its date changed). */
export function renumberFor(ctx: ServiceContext, meeting: { groupId: string; date: string }, previousDate?: string): void {
  renumberGroupYear(ctx, meeting.groupId, yearOf(meeting.date));
  if (previousDate && yearOf(previousDate) !== yearOf(meeting.date)) renumberGroupYear(ctx, meeting.groupId, yearOf(previousDate));
}
