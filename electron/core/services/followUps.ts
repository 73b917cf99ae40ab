// Following up action items: the register, an action's history, the follow-up item of a
// meeting, and recording or withdrawing an entry. The action's current state is kept by the
// database (action_state); this service decides what may be recorded, and derives "Försenad",
// the carries without progress and "stale" from the state and today's date in Stockholm.
import { AppError, type ActionHistory, type MeetingFollowUps, type ParsedInput, type RegisterPage, type RegisterRow } from '../../../shared/contract/index.ts';
import { isOverdue } from '../../../shared/domain/actions.ts';
import { addDays, daysBetween } from '../../../shared/domain/dates.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { followUpText } from '../../../shared/i18n/sv/followUps.ts';
import * as repo from '../repositories/followUps.ts';
import { previousHeldMeeting } from '../repositories/numbering.ts';
import { followsUpIn, followUpCandidates, getRegisterRow, queryRegister, type RegisterDbRow } from '../repositories/register.ts';
import { followUpItemId } from '../repositories/protocolRefs.ts';
import { resolveOwner } from './actions.ts';
import { currentActor, notFound, timestamp, today, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { meetingState } from './protocolAccess.ts';

const entity = 'follow_up';

export function toRegisterRow(row: RegisterDbRow, onDay: string): RegisterRow {
  const { personId, personName, organisationId, organisationName, ownerGroupId, ownerGroupName, staleAfterCarries, ...rest } = row;
  const open = row.status === 'not_started' || row.status === 'in_progress';
  return {
    ...rest,
    owner: { personId, personName, organisationId, organisationName, groupId: ownerGroupId, groupName: ownerGroupName },
    overdue: isOverdue(row.dueDate, row.status, onDay),
    stale: open && row.carriesWithoutProgress >= staleAfterCarries,
    ageDays: daysBetween(row.decidedOn, row.closedOn ?? onDay),
  };
}

export function actionRegister(ctx: ServiceContext, query: ParsedInput<'register.actions'>): RegisterPage {
  const onDay = today(ctx);
  const dueBefore = query.dueWithinDays === null ? null : addDays(onDay, query.dueWithinDays);
  const { total, rows } = queryRegister(ctx.db, query, onDay, dueBefore);
  return { total, rows: rows.map((row) => toRegisterRow(row, onDay)) };
}

function requireRegisterRow(ctx: ServiceContext, actionId: string): RegisterDbRow {
  const row = getRegisterRow(ctx.db, actionId, today(ctx));
  if (!row) throw notFound(errorText.notFound.action);
  return row;
}

export function actionHistory(ctx: ServiceContext, { actionId }: { actionId: string }): ActionHistory {
  const row = requireRegisterRow(ctx, actionId);
  return { action: toRegisterRow(row, today(ctx)), entries: repo.listFollowUps(ctx.db, actionId) };
}

/** The follow-up item's list: open actions of the group, and those closed since the previous meeting. */
export function meetingFollowUps(ctx: ServiceContext, { meetingId }: { meetingId: string }): MeetingFollowUps {
  const meeting = meetingState(ctx, meetingId);
  const onDay = today(ctx);
  const previous = previousHeldMeeting(ctx.db, meeting.groupId, meeting) ?? null;
  const entries = repo.followUpsOfMeeting(ctx.db, meetingId);
  const rows = followUpCandidates(ctx.db, meeting.groupId, meeting.date, previous?.date ?? null, onDay);
  return {
    meetingId,
    agendaItemId: followUpItemId(ctx.db, meetingId) ?? null,
    staleAfterCarries: requireGroup(ctx, meeting.groupId).staleAfterCarries,
    rows: rows.map((row) => ({
      ...toRegisterRow(row, onDay),
      entry: entries.get(row.actionId) ?? null,
      closedSincePrevious: row.closedOn !== null && (entries.get(row.actionId)?.status ?? null) === null,
    })),
  };
}

/**
 * Records the meeting's follow-up of one action. Recording again in the same meeting replaces
 * the meeting's entry (it must still be the action's latest), so the secretary can correct it.
 */
export function recordFollowUp(ctx: ServiceContext, input: ParsedInput<'followUps.record'>) {
  const meeting = meetingState(ctx, input.meetingId);
  if (meeting.status !== 'draft') throw new AppError('CONFLICT', followUpText.onlyInDraft);
  if (!getRegisterRow(ctx.db, input.actionId, today(ctx))) throw notFound(errorText.notFound.action);
  if (!followsUpIn(ctx.db, input.actionId, meeting.groupId, meeting.date)) throw new AppError('CONFLICT', followUpText.notOnAgenda);
  const latest = repo.latestFollowUp(ctx.db, input.actionId);
  if (latest && latest.date > meeting.date) throw new AppError('CONFLICT', followUpText.laterEntryExists(latest.date));
  const actor = currentActor(ctx);
  const newOwner = input.newOwner ? resolveOwner(ctx, meeting, input.newOwner) : null;
  return write(ctx, (log) => {
    if (latest && latest.meetingId === input.meetingId) {
      repo.deleteFollowUp(ctx.db, latest.id);
      log({ entity, entityId: latest.id, operation: 'delete', data: { actionId: input.actionId, replacedInMeeting: input.meetingId } });
    }
    const id = ctx.newId();
    const { meetingId, actionId, ...fields } = input;
    repo.insertFollowUp(
      ctx.db,
      { id, actionId, meetingId, agendaItemId: followUpItemId(ctx.db, meetingId) ?? null, date: meeting.date, ...fields, newOwner, recordedByName: actor.name, recordedByTitle: actor.title },
      timestamp(ctx),
    );
    log({ entity, entityId: id, operation: 'create', data: { ...input, newOwner } });
    return repo.getFollowUp(ctx.db, id)!;
  });
}

/** Withdraws an entry recorded by mistake: only the action's latest, and only while its meeting is a draft. */
export function withdrawFollowUp(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  const entry = repo.getFollowUp(ctx.db, id);
  if (!entry) throw notFound(errorText.notFound.followUp);
  const meeting = entry.meetingId ? meetingState(ctx, entry.meetingId) : null;
  if (!meeting || meeting.status !== 'draft' || repo.latestFollowUp(ctx.db, entry.actionId)?.id !== id) throw new AppError('CONFLICT', followUpText.onlyLatestWithdrawn);
  return write(ctx, (log) => {
    repo.deleteFollowUp(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: { actionId: entry.actionId } });
    return { id };
  });
}
