// The frozen copy of an approved meeting, built while the meeting is written instead of read back
// with readApprovalSnapshot (about fifty queries per meeting: over a third of the load's time).
// It must be exactly what readApprovalSnapshot would return: the same keys in the same order and
// the same sorting (SQLite's NOCASE folds ASCII only), so the stored text and its hash are the
// ones the app would have written. The generator's tests compare the two for every approved meeting.
import { approvedCopyVersion, type ApprovedCopy, type MembershipRole } from '../../../../shared/contract/index.ts';

export type CopyItem = ApprovedCopy['items'][number];
export type CopyDecision = CopyItem['decisions'][number];
export type CopyFollowUp = CopyItem['followUps'][number];
export type CopyAttendance = ApprovedCopy['attendance'][number];
export type CopyPerson = ApprovedCopy['adjusters'][number];

/** What a meeting's copy holds besides the approval itself. */
export type MeetingCopy = Omit<ApprovedCopy, 'format' | 'version' | 'approvedAt' | 'approvedBy'>;

/** SQLite's COLLATE NOCASE: ASCII letters folded, everything else compared as is. */
const nocase = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const compareNocase = (a: string, b: string): number => {
  const x = nocase(a);
  const y = nocase(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

const roleRank: Record<MembershipRole, number> = { chair: 1, vice_chair: 2, secretary: 3, member: 4, substitute: 5, co_opted: 6 };

/** Chair, vice chair, secretary, members, substitutes, others; by name within a role. */
export function sortAttendance(rows: CopyAttendance[]): CopyAttendance[] {
  return rows.sort((a, b) => roleRank[a.role ?? 'co_opted'] - roleRank[b.role ?? 'co_opted'] || compareNocase(a.name, b.name));
}

export function sortRecipients(rows: CopyDecision['recipients']): CopyDecision['recipients'] {
  return rows.sort((a, b) => compareNocase(a.name, b.name));
}

/** A follow-up with where its action was decided, for the copy's order. */
export type PlacedFollowUp = { copy: CopyFollowUp; order: readonly [string, number, number, number] };

/** By the date the action was decided, then item, decision and action position. */
export function sortFollowUps(rows: PlacedFollowUp[]): CopyFollowUp[] {
  return rows
    .sort((a, b) => {
      const [x, y] = [a.order, b.order];
      return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
    })
    .map((row) => row.copy);
}

export function approvedCopy(copy: MeetingCopy, approval: { approvedAt: string; approvedBy: { name: string; title: string | null } }): ApprovedCopy {
  return {
    format: 'protokollet/approved-copy',
    version: approvedCopyVersion,
    meeting: copy.meeting,
    chair: copy.chair,
    secretary: copy.secretary,
    adjusters: copy.adjusters,
    attendance: copy.attendance,
    otherAttendees: copy.otherAttendees,
    items: copy.items,
    approvedAt: approval.approvedAt,
    approvedBy: approval.approvedBy,
  };
}
