// The agenda of a meeting: add, edit, reorder and remove items, and save their notes. Items of a
// held meeting are renumbered (§) in the same transaction as every change to the agenda.
import { AppError, type AgendaItemEntry, type IdentityWarning, type ParsedInput } from '../../../shared/contract/index.ts';
import type { AgendaItemKind } from '../../../shared/domain/agenda.ts';
import { notesPlainText } from '../../../shared/domain/notesText.ts';
import { isHeld } from '../../../shared/domain/sectionNumbers.ts';
import { protocolText } from '../../../shared/i18n/sv/protocol.ts';
import * as repo from '../repositories/agenda.ts';
import { previousHeldMeeting } from '../repositories/numbering.ts';
import { getMeetingState } from '../repositories/protocolRefs.ts';
import * as read from '../repositories/protocolRead.ts';
import { timestamp, write, type ServiceContext } from './context.ts';
import { scanFields } from './identityGuard.ts';
import { meetingItems } from './meetingDetail.ts';
import { renumberFor } from './numbering.ts';
import { requirePerson } from './people.ts';
import { editableItem, editableMeeting, type MeetingState } from './protocolAccess.ts';
import { toItem } from './protocolEntries.ts';

const entity = 'agenda_item';

/** Standing items that close the agenda: a new matter goes before the first of them. */
const closingKinds: readonly AgendaItemKind[] = ['other_matters', 'next_meeting', 'closing'];

export function itemEntry(ctx: ServiceContext, id: string): AgendaItemEntry {
  const row = read.getItem(ctx.db, id)!;
  const { db } = ctx;
  const parts = {
    basisDocuments: read.listBasisDocuments(db, row.meetingId).filter((d) => d.agendaItemId === id),
    decisions: read.listDecisions(db, row.meetingId).filter((d) => d.agendaItemId === id),
    recipients: read.listRecipients(db, row.meetingId),
    actions: read.listActions(db, row.meetingId),
  };
  return toItem(row, parts);
}

function checkLinkedMeeting(ctx: ServiceContext, meeting: MeetingState, linkedMeetingId: string | null | undefined): void {
  if (!linkedMeetingId) return;
  const linked = getMeetingState(ctx.db, linkedMeetingId);
  if (!linked || linked.id === meeting.id || linked.groupId !== meeting.groupId) {
    throw new AppError('VALIDATION', protocolText.linkedMeetingInvalid, [{ path: 'linkedMeetingId', message: protocolText.linkedMeetingInvalid }]);
  }
}

const clamp = (position: number, count: number) => Math.min(Math.max(position, 1), count + 1);

function renumberIfHeld(ctx: ServiceContext, meeting: MeetingState): void {
  if (isHeld(meeting.status)) renumberFor(ctx, meeting);
}

export function createAgendaItem(ctx: ServiceContext, { meetingId, position, ...fields }: ParsedInput<'agendaItems.create'>): AgendaItemEntry {
  return write(ctx, (log) => {
    const meeting = editableMeeting(ctx, meetingId);
    if (fields.presenterPersonId) requirePerson(ctx, fields.presenterPersonId);
    checkLinkedMeeting(ctx, meeting, fields.linkedMeetingId);
    const linkedMeetingId = fields.linkedMeetingId ?? (fields.kind === 'previous_minutes' ? (previousHeldMeeting(ctx.db, meeting.groupId, meeting)?.id ?? null) : null);
    const order = repo.listAgendaOrder(ctx.db, meetingId);
    const closing = order.findIndex((item) => closingKinds.includes(item.kind));
    const index = position !== undefined ? clamp(position, order.length) - 1 : fields.kind === 'matter' && closing >= 0 ? closing : order.length;
    const id = ctx.newId();
    const at = timestamp(ctx);
    repo.insertAgendaItem(ctx.db, { ...fields, id, meetingId, linkedMeetingId, position: repo.nextAgendaPosition(ctx.db, meetingId), sectionNumber: null }, at);
    const ids = order.map((item) => item.id);
    ids.splice(index, 0, id);
    repo.setAgendaOrder(ctx.db, meetingId, ids, at);
    renumberIfHeld(ctx, meeting);
    log({ entity, entityId: id, operation: 'create', data: { meetingId, position: index + 1, ...fields, linkedMeetingId } });
    return itemEntry(ctx, id);
  });
}

export function updateAgendaItem(ctx: ServiceContext, { id, ...patch }: ParsedInput<'agendaItems.update'>): AgendaItemEntry {
  return write(ctx, (log) => {
    const { meeting } = editableItem(ctx, id);
    if (patch.presenterPersonId) requirePerson(ctx, patch.presenterPersonId);
    checkLinkedMeeting(ctx, meeting, patch.linkedMeetingId);
    repo.updateAgendaItem(ctx.db, id, patch, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: patch });
    return itemEntry(ctx, id);
  });
}

export function deleteAgendaItem(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  return write(ctx, (log) => {
    const { item, meeting } = editableItem(ctx, id);
    const removed = read.getItem(ctx.db, id);
    repo.deleteAgendaItem(ctx.db, id);
    repo.setAgendaOrder(ctx.db, meeting.id, repo.listAgendaOrder(ctx.db, meeting.id).map((i) => i.id), timestamp(ctx));
    renumberIfHeld(ctx, meeting);
    log({ entity, entityId: id, operation: 'delete', data: { meetingId: meeting.id, position: item.position, title: removed?.title, kind: item.kind } });
    return { id };
  });
}

/** Moves an item to a new place in the agenda (1 = first); returns the agenda in its new order. */
export function moveAgendaItem(ctx: ServiceContext, { id, position }: ParsedInput<'agendaItems.move'>): AgendaItemEntry[] {
  return write(ctx, (log) => {
    const { item, meeting } = editableItem(ctx, id);
    const ids = repo.listAgendaOrder(ctx.db, meeting.id).map((i) => i.id).filter((other) => other !== id);
    const index = clamp(position, ids.length) - 1;
    ids.splice(index, 0, id);
    repo.setAgendaOrder(ctx.db, meeting.id, ids, timestamp(ctx));
    renumberIfHeld(ctx, meeting);
    log({ entity, entityId: id, operation: 'update', data: { position: index + 1, from: item.position } });
    return meetingItems(ctx, meeting.id);
  });
}

/** Saves an item's notes (autosave); answers with the guard's warnings on the saved text. */
export function setAgendaItemNotes(ctx: ServiceContext, { id, notes }: ParsedInput<'agendaItems.setNotes'>): { id: string; identityWarnings: IdentityWarning[] } {
  return write(ctx, (log) => {
    editableItem(ctx, id);
    const json = notes === null ? null : JSON.stringify(notes);
    repo.setAgendaItemNotes(ctx.db, id, json, timestamp(ctx));
    // The change log records that the notes changed, not the text: autosave would fill it otherwise.
    log({ entity, entityId: id, operation: 'update', data: { notes: json === null ? null : { characters: json.length } } });
    return { id, identityWarnings: scanFields({ notes: notes === null ? null : notesPlainText(notes) }) };
  });
}
