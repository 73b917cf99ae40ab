// Decisions of an agenda item ("Styrgruppen beslutar att …") and who they are sent to.
import type { DecisionEntry, ParsedInput } from '../../../shared/contract/index.ts';
import type { Recipient } from '../../../shared/contract/schemas/decisions.ts';
import * as repo from '../repositories/decisions.ts';
import * as read from '../repositories/protocolRead.ts';
import { timestamp, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { requireOrganisation } from './organisations.ts';
import { editableDecision, editableItem } from './protocolAccess.ts';
import { toDecision } from './protocolEntries.ts';

const entity = 'decision';

export function decisionEntry(ctx: ServiceContext, id: string, meetingId: string): DecisionEntry {
  return toDecision(read.getDecision(ctx.db, id)!, read.listRecipientsOf(ctx.db, id), read.listActions(ctx.db, meetingId));
}

function checkRecipients(ctx: ServiceContext, recipients: readonly Recipient[]): repo.DecisionRecipient[] {
  return recipients.map((r) => {
    if ('organisationId' in r) {
      requireOrganisation(ctx, r.organisationId);
      return { organisationId: r.organisationId };
    }
    requireGroup(ctx, r.groupId);
    return { groupId: r.groupId };
  });
}

export function createDecision(ctx: ServiceContext, { recipients, ...input }: ParsedInput<'decisions.create'>): DecisionEntry {
  return write(ctx, (log) => {
    const { meeting } = editableItem(ctx, input.agendaItemId);
    const checked = checkRecipients(ctx, recipients);
    const id = ctx.newId();
    repo.insertDecision(ctx.db, { id, ...input, position: repo.nextDecisionPosition(ctx.db, input.agendaItemId) }, timestamp(ctx));
    repo.replaceDecisionRecipients(ctx.db, id, checked);
    log({ entity, entityId: id, operation: 'create', data: { ...input, recipients } });
    return decisionEntry(ctx, id, meeting.id);
  });
}

export function updateDecision(ctx: ServiceContext, { id, recipients, ...patch }: ParsedInput<'decisions.update'>): DecisionEntry {
  return write(ctx, (log) => {
    const { meeting } = editableDecision(ctx, id);
    const checked = recipients && checkRecipients(ctx, recipients);
    repo.updateDecision(ctx.db, id, patch, timestamp(ctx));
    if (checked) repo.replaceDecisionRecipients(ctx.db, id, checked);
    log({ entity, entityId: id, operation: 'update', data: { ...patch, recipients } });
    return decisionEntry(ctx, id, meeting.id);
  });
}

/** Removes a decision with its recipients and actions. */
export function deleteDecision(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  return write(ctx, (log) => {
    const { meeting } = editableDecision(ctx, id);
    const removed = decisionEntry(ctx, id, meeting.id);
    repo.deleteDecision(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: { agendaItemId: removed.agendaItemId, text: removed.text, actions: removed.actions.map((a) => a.id) } });
    return { id };
  });
}
