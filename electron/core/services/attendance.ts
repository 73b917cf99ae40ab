// Who took part: present, absent or substitute ("X ersätter Y"), with the organisation and role
// they had that day. Chair and adjusters are picked from those present, so they cannot be marked
// absent or removed while they hold the role.
import { AppError, type AttendanceEntry, type MembershipRole, type ParsedInput } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import * as repo from '../repositories/attendance.ts';
import { listAdjusterIds } from '../repositories/meetings.ts';
import { listMemberships } from '../repositories/memberships.ts';
import { getAttendance, listAttendance } from '../repositories/protocolRead.ts';
import { notFound, write, type ServiceContext } from './context.ts';
import { requireOrganisation } from './organisations.ts';
import { requirePerson } from './people.ts';
import { editableMeeting, type MeetingState } from './protocolAccess.ts';

const entity = 'attendance';

function assertNotRoleHolder(ctx: ServiceContext, meeting: MeetingState, personId: string, name: string): void {
  if (meeting.chairPersonId === personId || listAdjusterIds(ctx.db, meeting.id).includes(personId)) {
    throw new AppError('CONFLICT', protocolText.roleHolderNotPresent(name));
  }
}

/** The organisation and role of the person's membership in the group on the meeting day, else their own organisation. */
function representation(ctx: ServiceContext, meeting: MeetingState, personId: string): { organisationId: string | null; role: MembershipRole | null } {
  const membership = listMemberships(ctx.db, meeting.groupId, meeting.date).find((m) => m.personId === personId);
  if (membership) return { organisationId: membership.organisationId, role: membership.role };
  return { organisationId: requirePerson(ctx, personId).organisationId, role: null };
}

export function setAttendance(ctx: ServiceContext, input: ParsedInput<'attendance.set'>): AttendanceEntry {
  return write(ctx, (log) => {
    const meeting = editableMeeting(ctx, input.meetingId);
    const person = requirePerson(ctx, input.personId);
    if (input.substituteForPersonId) requirePerson(ctx, input.substituteForPersonId);
    if (input.organisationId) requireOrganisation(ctx, input.organisationId);
    if (input.status === 'absent') assertNotRoleHolder(ctx, meeting, input.personId, person.name);
    const existing = getAttendance(ctx.db, meeting.id, input.personId);
    const defaults = existing && !input.organisationId && !input.role ? { organisationId: existing.organisationId, role: existing.role } : representation(ctx, meeting, input.personId);
    const row = {
      organisationId: input.organisationId ?? defaults.organisationId,
      role: input.role ?? defaults.role,
      status: input.status,
      substituteForPersonId: input.substituteForPersonId,
    };
    if (existing) repo.updateAttendance(ctx.db, existing.id, row);
    else repo.insertAttendance(ctx.db, { id: ctx.newId(), meetingId: meeting.id, personId: input.personId, ...row });
    const saved = getAttendance(ctx.db, meeting.id, input.personId)!;
    log({ entity, entityId: saved.id, operation: existing ? 'update' : 'create', data: input });
    return saved;
  });
}

export function removeAttendance(ctx: ServiceContext, { meetingId, personId }: ParsedInput<'attendance.remove'>): { id: string } {
  return write(ctx, (log) => {
    const meeting = editableMeeting(ctx, meetingId);
    const existing = getAttendance(ctx.db, meetingId, personId);
    if (!existing) throw notFound(errorText.notFound.attendance);
    assertNotRoleHolder(ctx, meeting, personId, existing.personName);
    repo.deleteAttendance(ctx.db, existing.id);
    log({ entity, entityId: existing.id, operation: 'delete', data: existing });
    return { id: existing.id };
  });
}

/** Marks every member of the group on the meeting day as present (substitutes only when called in). */
export function fillAttendanceFromMembers(ctx: ServiceContext, { meetingId }: ParsedInput<'attendance.fillFromMembers'>): AttendanceEntry[] {
  return write(ctx, (log) => {
    const meeting = editableMeeting(ctx, meetingId);
    const recorded = new Set(listAttendance(ctx.db, meetingId).map((a) => a.personId));
    for (const membership of listMemberships(ctx.db, meeting.groupId, meeting.date)) {
      if (membership.role === 'substitute' || recorded.has(membership.personId)) continue;
      recorded.add(membership.personId);
      const id = ctx.newId();
      const row = { id, meetingId, personId: membership.personId, organisationId: membership.organisationId, role: membership.role, status: 'present' as const, substituteForPersonId: null };
      repo.insertAttendance(ctx.db, row);
      log({ entity, entityId: id, operation: 'create', data: row });
    }
    return listAttendance(ctx.db, meetingId);
  });
}
