import { AppError, type Meeting, type ParsedInput } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { listAgendaTemplate } from '../repositories/groups.ts';
import { insertAgendaItem } from '../repositories/agenda.ts';
import * as repo from '../repositories/meetings.ts';
import { notFound, timestamp, today, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { requirePerson } from './people.ts';

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

/** Plans a meeting; its agenda starts from the group's standing items. */
export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): Meeting {
  return write(ctx, (log) => {
    requireGroup(ctx, input.groupId);
    const id = ctx.newId();
    const at = timestamp(ctx);
    repo.insertMeeting(ctx.db, id, { ...input, status: 'planned' }, at);
    listAgendaTemplate(ctx.db, input.groupId).forEach((item, index) =>
      insertAgendaItem(ctx.db, { id: ctx.newId(), meetingId: id, position: index + 1, title: item.title, kind: item.kind, sectionNumber: null }, at),
    );
    log({ entity, entityId: id, operation: 'create', data: input });
    return requireMeeting(ctx, id);
  });
}

export function updateMeeting(ctx: ServiceContext, { id, adjusterPersonIds, ...patch }: ParsedInput<'meetings.update'>): Meeting {
  return write(ctx, (log) => {
    const current = requireMeeting(ctx, id);
    if (current.status === 'approved') throw new AppError('LOCKED', errorText.meetingLocked);
    for (const personId of [patch.chairPersonId, patch.secretaryPersonId, ...(adjusterPersonIds ?? [])]) {
      if (personId) requirePerson(ctx, personId);
    }
    repo.updateMeeting(ctx.db, id, patch, timestamp(ctx));
    if (adjusterPersonIds) repo.replaceAdjusters(ctx.db, id, [...new Set(adjusterPersonIds)]);
    log({ entity, entityId: id, operation: 'update', data: { ...patch, adjusterPersonIds } });
    return requireMeeting(ctx, id);
  });
}

export function deleteMeeting(ctx: ServiceContext, { id }: ParsedInput<'meetings.delete'>): { id: string } {
  return write(ctx, (log) => {
    const meeting = requireMeeting(ctx, id);
    if (meeting.status === 'approved') throw new AppError('LOCKED', errorText.meetingNotDeletable);
    repo.deleteMeeting(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: meeting });
    return { id };
  });
}
