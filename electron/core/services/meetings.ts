import { AppError, type FieldIssue, type Meeting, type ParsedInput } from '../../../shared/contract/index.ts';
import { isHeld } from '../../../shared/domain/sectionNumbers.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';
import { insertAgendaItem } from '../repositories/agenda.ts';
import { listAgendaTemplate } from '../repositories/groups.ts';
import * as repo from '../repositories/meetings.ts';
import { previousHeldMeeting } from '../repositories/numbering.ts';
import { getAttendance } from '../repositories/protocolRead.ts';
import { notFound, timestamp, today, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { renumberFor } from './numbering.ts';
import { requirePerson } from './people.ts';
import { editableMeeting } from './protocolAccess.ts';

const entity = 'meeting';

export function requireMeeting(ctx: ServiceContext, id: string): Meeting {
  const meeting = repo.getMeeting(ctx.db, id);
  if (!meeting) throw notFound(errorText.notFound.meeting);
  return meeting;
}

export function listMeetings(ctx: ServiceContext, input: ParsedInput<'meetings.list'>): Meeting[] {
  if (input.groupId) requireGroup(ctx, input.groupId);
  return repo.listMeetings(ctx.db, input);
}

export const upcomingMeetings = (ctx: ServiceContext, input: ParsedInput<'meetings.upcoming'>): Meeting[] =>
  repo.listUpcomingMeetings(ctx.db, today(ctx), input.limit);

/** Plans a meeting; its agenda starts from the group's standing items, "Föregående protokoll" linked. */
export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): Meeting {
  return write(ctx, (log) => {
    requireGroup(ctx, input.groupId);
    const id = ctx.newId();
    const at = timestamp(ctx);
    repo.insertMeeting(ctx.db, id, { ...input, status: 'planned' }, at);
    const previous = previousHeldMeeting(ctx.db, input.groupId, { id, date: input.date });
    listAgendaTemplate(ctx.db, input.groupId).forEach((item, index) =>
      insertAgendaItem(
        ctx.db,
        {
          id: ctx.newId(),
          meetingId: id,
          position: index + 1,
          title: item.title,
          kind: item.kind,
          sectionNumber: null,
          linkedMeetingId: item.kind === 'previous_minutes' ? (previous?.id ?? null) : null,
        },
        at,
      ),
    );
    log({ entity, entityId: id, operation: 'create', data: input });
    return requireMeeting(ctx, id);
  });
}

/** Chair and adjusters are picked from those present (a substitute counts as present). */
export function isPresent(ctx: ServiceContext, meetingId: string, personId: string): boolean {
  const row = getAttendance(ctx.db, meetingId, personId);
  return row !== undefined && row.status !== 'absent';
}

function assertRolesPresent(ctx: ServiceContext, meetingId: string, chairPersonId: string | null | undefined, adjusterPersonIds: readonly string[] | undefined): void {
  const issues: FieldIssue[] = [];
  if (chairPersonId && !isPresent(ctx, meetingId, chairPersonId)) issues.push({ path: 'chairPersonId', message: protocolText.chairNotPresent });
  if (adjusterPersonIds?.some((p) => !isPresent(ctx, meetingId, p))) issues.push({ path: 'adjusterPersonIds', message: protocolText.adjusterNotPresent });
  if (issues.length > 0) throw new AppError('VALIDATION', `${errorText.validation} ${issues[0]!.message}`, issues);
}

export function updateMeeting(ctx: ServiceContext, { id, adjusterPersonIds, ...patch }: ParsedInput<'meetings.update'>): Meeting {
  return write(ctx, (log) => {
    const current = editableMeeting(ctx, id);
    for (const personId of [patch.chairPersonId, patch.secretaryPersonId, ...(adjusterPersonIds ?? [])]) {
      if (personId) requirePerson(ctx, personId);
    }
    const startTime = patch.startTime === undefined ? current.startTime : patch.startTime;
    const endTime = patch.endTime === undefined ? current.endTime : patch.endTime;
    if (startTime && endTime && endTime <= startTime) {
      // The schema checks the pair when both are sent; here one side may come from the stored row.
      throw new AppError('VALIDATION', `${errorText.validation} ${validationText.endBeforeStart}`, [{ path: 'endTime', message: validationText.endBeforeStart }]);
    }
    const adjusters = adjusterPersonIds && [...new Set(adjusterPersonIds)];
    assertRolesPresent(ctx, id, patch.chairPersonId, adjusters);
    repo.updateMeeting(ctx.db, id, patch, timestamp(ctx));
    if (adjusters) repo.replaceAdjusters(ctx.db, id, adjusters);
    if (isHeld(current.status) && patch.date !== undefined && patch.date !== current.date) {
      renumberFor(ctx, { groupId: current.groupId, date: patch.date }, current.date);
    }
    log({ entity, entityId: id, operation: 'update', data: { ...patch, adjusterPersonIds } });
    return requireMeeting(ctx, id);
  });
}

export function deleteMeeting(ctx: ServiceContext, { id }: ParsedInput<'meetings.delete'>): { id: string } {
  return write(ctx, (log) => {
    const meeting = requireMeeting(ctx, id);
    if (meeting.status === 'approved') throw new AppError('LOCKED', errorText.meetingNotDeletable);
    if (repo.approvedReferences(ctx.db, id) > 0) throw new AppError('IN_USE', protocolText.meetingReferenced);
    repo.deleteMeeting(ctx.db, id);
    if (isHeld(meeting.status)) renumberFor(ctx, meeting);
    log({ entity, entityId: id, operation: 'delete', data: meeting });
    return { id };
  });
}
