// Others present (övriga närvarande): guests outside the people register, with the items they attended.
import type { OtherAttendee, ParsedInput } from '../../../shared/contract/index.ts';
import * as repo from '../repositories/attendance.ts';
import { getOtherAttendee } from '../repositories/protocolRead.ts';
import { write, type ServiceContext } from './context.ts';
import { assertItemsOfMeeting, editableMeeting, editableOtherAttendee } from './protocolAccess.ts';

const entity = 'other_attendee';

export function createOtherAttendee(ctx: ServiceContext, { meetingId, agendaItemIds, ...fields }: ParsedInput<'otherAttendees.create'>): OtherAttendee {
  return write(ctx, (log) => {
    editableMeeting(ctx, meetingId);
    assertItemsOfMeeting(ctx, meetingId, agendaItemIds, 'agendaItemIds');
    const id = ctx.newId();
    repo.insertOtherAttendee(ctx.db, { id, meetingId, ...fields, position: repo.nextOtherAttendeePosition(ctx.db, meetingId) });
    repo.replaceOtherAttendeeItems(ctx.db, id, agendaItemIds);
    log({ entity, entityId: id, operation: 'create', data: { meetingId, ...fields, agendaItemIds } });
    return getOtherAttendee(ctx.db, id)!;
  });
}

export function updateOtherAttendee(ctx: ServiceContext, { id, agendaItemIds, ...patch }: ParsedInput<'otherAttendees.update'>): OtherAttendee {
  return write(ctx, (log) => {
    const { meeting } = editableOtherAttendee(ctx, id);
    if (agendaItemIds) assertItemsOfMeeting(ctx, meeting.id, agendaItemIds, 'agendaItemIds');
    repo.updateOtherAttendee(ctx.db, id, patch);
    if (agendaItemIds) repo.replaceOtherAttendeeItems(ctx.db, id, agendaItemIds);
    log({ entity, entityId: id, operation: 'update', data: { ...patch, agendaItemIds } });
    return getOtherAttendee(ctx.db, id)!;
  });
}

export function deleteOtherAttendee(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  return write(ctx, (log) => {
    editableOtherAttendee(ctx, id);
    const removed = getOtherAttendee(ctx.db, id);
    repo.deleteOtherAttendee(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: removed });
    return { id };
  });
}
