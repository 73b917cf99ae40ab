// Corrections (rättelser): an approved protocol is never edited; a later error is recorded as a
// correction stored with the protocol — what, why, when and by whom. The original text stays.
import { AppError, type Correction, type ParsedInput } from '../../../shared/contract/index.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import { getCorrection, insertCorrection } from '../repositories/corrections.ts';
import { currentActor, timestamp, write, type ServiceContext } from './context.ts';
import { assertItemsOfMeeting, meetingState } from './protocolAccess.ts';

export function createCorrection(ctx: ServiceContext, input: ParsedInput<'corrections.create'>): Correction {
  return write(ctx, (log) => {
    const meeting = meetingState(ctx, input.meetingId);
    if (meeting.status !== 'approved') throw new AppError('CONFLICT', protocolText.correctionsOnlyApproved);
    if (input.agendaItemId) assertItemsOfMeeting(ctx, meeting.id, [input.agendaItemId], 'agendaItemId');
    if (input.correctedInMeetingId) meetingState(ctx, input.correctedInMeetingId);
    const actor = currentActor(ctx);
    const id = ctx.newId();
    insertCorrection(ctx.db, { id, ...input, createdByName: actor.name, createdByTitle: actor.title }, timestamp(ctx));
    log({ entity: 'correction', entityId: id, operation: 'correct', data: input });
    return getCorrection(ctx.db, id)!;
  });
}
