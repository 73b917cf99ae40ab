// The meeting page's model: header, group, roles, attendance, the agenda with everything under
// each item, approval, corrections, and where the confidentiality guard found identity numbers.
import { ApprovedCopy, type AgendaItemEntry, type GroupKind, type IdentityWarningPlace, type MeetingDetail, type PersonRef } from '../../../shared/contract/index.ts';
import { readStoredCopy } from '../repositories/approval.ts';
import { listCorrections } from '../repositories/corrections.ts';
import { previousHeldMeeting } from '../repositories/numbering.ts';
import * as read from '../repositories/protocolRead.ts';
import { withFrozenNames } from './frozenNames.ts';
import { countMatches } from './identityGuard.ts';
import { requireMeeting } from './meetings.ts';
import { toItem } from './protocolEntries.ts';
import type { ServiceContext } from './context.ts';

function personRef(attendance: readonly read.AttendanceRow[], people: Map<string, PersonRef>, personId: string | null): PersonRef | null {
  if (!personId) return null;
  const row = attendance.find((a) => a.personId === personId);
  if (row) return { personId, name: row.personName, title: row.personTitle, organisationName: row.organisationName };
  return people.get(personId) ?? null;
}

/** Every field that holds identity numbers, item by item, for the block message and navigation. */
export function identityWarningPlaces(items: readonly AgendaItemEntry[]): IdentityWarningPlace[] {
  const places: IdentityWarningPlace[] = [];
  for (const item of items) {
    const at = { agendaItemId: item.id, sectionNumber: item.sectionNumber };
    for (const w of item.identityWarnings) places.push({ ...at, entity: 'agendaItem', entityId: item.id, field: w.field, count: w.matches.length });
    for (const doc of item.basisDocuments) {
      for (const w of doc.identityWarnings) places.push({ ...at, entity: 'basisDocument', entityId: doc.id, field: w.field, count: countMatches([w]) });
    }
    for (const decision of item.decisions) {
      for (const w of decision.identityWarnings) places.push({ ...at, entity: 'decision', entityId: decision.id, field: w.field, count: countMatches([w]) });
      for (const action of decision.actions) {
        for (const w of action.identityWarnings) places.push({ ...at, entity: 'action', entityId: action.id, field: w.field, count: countMatches([w]) });
      }
    }
  }
  return places;
}

export function meetingItems(ctx: ServiceContext, meetingId: string): AgendaItemEntry[] {
  const { db } = ctx;
  const parts = {
    basisDocuments: read.listBasisDocuments(db, meetingId),
    decisions: read.listDecisions(db, meetingId),
    recipients: read.listRecipients(db, meetingId),
    actions: read.listActions(db, meetingId),
  };
  return read.listItems(db, meetingId).map((row) => toItem(row, parts));
}

export function meetingDetail(ctx: ServiceContext, id: string): MeetingDetail {
  const { db } = ctx;
  const meeting = requireMeeting(ctx, id);
  const group = read.getMeetingGroup(db, id)!;
  const attendance = read.listAttendance(db, id);
  const roleHolders = new Map(
    read.listPeopleRefs(db, [meeting.chairPersonId, meeting.secretaryPersonId, ...meeting.adjusterPersonIds].filter((p): p is string => !!p)).map((p) => [p.personId, p]),
  );
  const items = meetingItems(ctx, id);
  const approval = read.getApprovalRecord(db, id);
  const detail: MeetingDetail = {
    meeting,
    group: { ...group, kind: group.kind as GroupKind },
    chair: personRef(attendance, roleHolders, meeting.chairPersonId),
    secretary: personRef(attendance, roleHolders, meeting.secretaryPersonId),
    adjusters: meeting.adjusterPersonIds.map((p) => personRef(attendance, roleHolders, p)).filter((p): p is PersonRef => p !== null),
    attendance,
    otherAttendees: read.listOtherAttendees(db, id),
    items,
    sectionsFixed: meeting.status === 'approved',
    approval:
      approval?.approvedAt && approval.approvedByName
        ? { approvedAt: approval.approvedAt, approvedByName: approval.approvedByName, approvedByTitle: approval.approvedByTitle, contentHash: approval.contentHash }
        : null,
    corrections: listCorrections(db, id),
    previousMeeting: previousHeldMeeting(db, meeting.groupId, meeting) ?? null,
    identityWarnings: identityWarningPlaces(items),
  };
  const stored = meeting.status === 'approved' ? readStoredCopy(db, id) : undefined;
  return stored ? withFrozenNames(detail, ApprovedCopy.parse(JSON.parse(stored.copy))) : detail;
}
