// Finds the meeting a part of a protocol belongs to and refuses changes to an approved one
// before anything is written (the database triggers are the backstop).
import { AppError } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import * as refs from '../repositories/protocolRefs.ts';
import { notFound, type ServiceContext } from './context.ts';

export type { MeetingState } from '../repositories/protocolRefs.ts';

export function meetingState(ctx: ServiceContext, id: string): refs.MeetingState {
  const meeting = refs.getMeetingState(ctx.db, id);
  if (!meeting) throw notFound(errorText.notFound.meeting);
  return meeting;
}

export function assertNotApproved(meeting: refs.MeetingState): void {
  if (meeting.status === 'approved') throw new AppError('LOCKED', errorText.meetingLocked);
}

export function editableMeeting(ctx: ServiceContext, id: string): refs.MeetingState {
  const meeting = meetingState(ctx, id);
  assertNotApproved(meeting);
  return meeting;
}

export function editableItem(ctx: ServiceContext, id: string): { item: refs.ItemRef; meeting: refs.MeetingState } {
  const item = refs.getItemRef(ctx.db, id);
  if (!item) throw notFound(errorText.notFound.agendaItem);
  return { item, meeting: editableMeeting(ctx, item.meetingId) };
}

export function editableDecision(ctx: ServiceContext, id: string): { decision: refs.DecisionRef; meeting: refs.MeetingState } {
  const decision = refs.getDecisionRef(ctx.db, id);
  if (!decision) throw notFound(errorText.notFound.decision);
  return { decision, meeting: editableMeeting(ctx, decision.meetingId) };
}

export function editableAction(ctx: ServiceContext, id: string): { action: refs.ActionRef; meeting: refs.MeetingState } {
  const action = refs.getActionRef(ctx.db, id);
  if (!action) throw notFound(errorText.notFound.action);
  return { action, meeting: editableMeeting(ctx, action.meetingId) };
}

export function editableBasisDocument(ctx: ServiceContext, id: string): { document: refs.BasisDocumentRef; meeting: refs.MeetingState } {
  const document = refs.getBasisDocumentRef(ctx.db, id);
  if (!document) throw notFound(errorText.notFound.basisDocument);
  return { document, meeting: editableMeeting(ctx, document.meetingId) };
}

export function editableOtherAttendee(ctx: ServiceContext, id: string): { other: refs.OtherAttendeeRef; meeting: refs.MeetingState } {
  const other = refs.getOtherAttendeeRef(ctx.db, id);
  if (!other) throw notFound(errorText.notFound.otherAttendee);
  return { other, meeting: editableMeeting(ctx, other.meetingId) };
}

/** Refuses agenda items that are not the meeting's own (other attendees, corrections). */
export function assertItemsOfMeeting(ctx: ServiceContext, meetingId: string, itemIds: readonly string[], path: string): void {
  for (const itemId of itemIds) {
    const item = refs.getItemRef(ctx.db, itemId);
    if (!item || item.meetingId !== meetingId) throw new AppError('VALIDATION', protocolText.itemNotInMeeting, [{ path, message: protocolText.itemNotInMeeting }]);
  }
}
