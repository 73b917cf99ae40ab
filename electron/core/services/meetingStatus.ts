// A meeting's way from planned to held: start (the meeting is held and its items get § numbers),
// cancel (numbers go, the rest of the year closes up), and reopen a protocol awaiting approval.
import { AppError, type Meeting, type MeetingStatus } from '../../../shared/contract/index.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { linkPreviousMinutes } from '../repositories/agenda.ts';
import { updateMeeting } from '../repositories/meetings.ts';
import { previousHeldMeeting } from '../repositories/numbering.ts';
import { timestamp, write, type ServiceContext } from './context.ts';
import { requireMeeting } from './meetings.ts';
import { renumberFor } from './numbering.ts';
import { editableMeeting, type MeetingState } from './protocolAccess.ts';

const entity = 'meeting';

/** Refuses a status change from any status but the allowed ones (approved is refused as LOCKED first). */
export function requireStatus(ctx: ServiceContext, id: string, allowed: readonly MeetingStatus[], message: (status: MeetingStatus) => string): MeetingState {
  const meeting = editableMeeting(ctx, id);
  if (!allowed.includes(meeting.status)) throw new AppError('CONFLICT', message(meeting.status));
  return meeting;
}

/** The meeting is held: planned → draft. Its items get provisional § numbers. */
export function startMeeting(ctx: ServiceContext, { id }: { id: string }): Meeting {
  return write(ctx, (log) => {
    const meeting = requireStatus(ctx, id, ['planned'], protocolText.transition.start);
    const at = timestamp(ctx);
    updateMeeting(ctx.db, id, { status: 'draft' }, at);
    const previous = previousHeldMeeting(ctx.db, meeting.groupId, meeting);
    if (previous) linkPreviousMinutes(ctx.db, id, previous.id, at);
    renumberFor(ctx, meeting);
    log({ entity, entityId: id, operation: 'update', data: { status: 'draft' } });
    return requireMeeting(ctx, id);
  });
}

/** Cancels a planned or held (not approved) meeting; its § numbers go to the meetings after it. */
export function cancelMeeting(ctx: ServiceContext, { id }: { id: string }): Meeting {
  return write(ctx, (log) => {
    const meeting = requireStatus(ctx, id, ['planned', 'draft', 'for_approval'], protocolText.transition.cancel);
    updateMeeting(ctx.db, id, { status: 'cancelled' }, timestamp(ctx));
    renumberFor(ctx, meeting);
    log({ entity, entityId: id, operation: 'update', data: { status: 'cancelled', from: meeting.status } });
    return requireMeeting(ctx, id);
  });
}

/** Takes a protocol back from approval for more editing: for_approval → draft. */
export function reopenMeeting(ctx: ServiceContext, { id }: { id: string }): Meeting {
  return write(ctx, (log) => {
    requireStatus(ctx, id, ['for_approval'], protocolText.transition.reopen);
    updateMeeting(ctx.db, id, { status: 'draft' }, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: { status: 'draft' } });
    return requireMeeting(ctx, id);
  });
}
