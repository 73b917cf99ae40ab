// Action items (uppdrag) as decided: a title, an owner that can always be named (a person with the
// organisation they act for, or a group), a due date and a note. Progress is recorded in follow-ups.
import { AppError, type ActionEntry, type ParsedInput } from '../../../shared/contract/index.ts';
import type { ActionOwnerInput } from '../../../shared/contract/schemas/decisions.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';
import * as repo from '../repositories/actions.ts';
import { listMemberships } from '../repositories/memberships.ts';
import { getAction } from '../repositories/protocolRead.ts';
import { timestamp, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { requireOrganisation } from './organisations.ts';
import { requirePerson } from './people.ts';
import { editableAction, editableDecision, type MeetingState } from './protocolAccess.ts';
import { toAction } from './protocolEntries.ts';

const entity = 'action';

/** A person acts for the organisation given, else that of their membership in the group that day, else their own. */
export function resolveOwner(ctx: ServiceContext, meeting: Pick<MeetingState, 'groupId' | 'date'>, owner: ActionOwnerInput): repo.ActionOwner {
  if ('groupId' in owner) {
    requireGroup(ctx, owner.groupId);
    return { groupId: owner.groupId };
  }
  const person = requirePerson(ctx, owner.personId);
  if (owner.organisationId) {
    requireOrganisation(ctx, owner.organisationId);
    return { personId: owner.personId, organisationId: owner.organisationId };
  }
  const membership = listMemberships(ctx.db, meeting.groupId, meeting.date).find((m) => m.personId === owner.personId);
  const organisationId = membership?.organisationId ?? person.organisationId;
  if (!organisationId) {
    const message = validationText.ownerOrganisationMissing;
    throw new AppError('VALIDATION', `${errorText.validation} ${message}`, [{ path: 'owner.organisationId', message }]);
  }
  return { personId: owner.personId, organisationId };
}

export function createAction(ctx: ServiceContext, { owner, ...input }: ParsedInput<'actions.create'>): ActionEntry {
  return write(ctx, (log) => {
    const { meeting } = editableDecision(ctx, input.decisionId);
    const resolved = resolveOwner(ctx, meeting, owner);
    const id = ctx.newId();
    repo.insertAction(ctx.db, { id, ...input, owner: resolved, position: repo.nextActionPosition(ctx.db, input.decisionId) }, timestamp(ctx));
    log({ entity, entityId: id, operation: 'create', data: { ...input, owner: resolved } });
    return toAction(getAction(ctx.db, id)!);
  });
}

export function updateAction(ctx: ServiceContext, { id, owner, ...patch }: ParsedInput<'actions.update'>): ActionEntry {
  return write(ctx, (log) => {
    const { meeting } = editableAction(ctx, id);
    const resolved = owner && resolveOwner(ctx, meeting, owner);
    repo.updateAction(ctx.db, id, { ...patch, owner: resolved }, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: { ...patch, owner: resolved } });
    return toAction(getAction(ctx.db, id)!);
  });
}

export function deleteAction(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  return write(ctx, (log) => {
    editableAction(ctx, id);
    const removed = getAction(ctx.db, id);
    repo.deleteAction(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: removed });
    return { id };
  });
}
