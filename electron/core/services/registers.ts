// The mandate (uppdrag) and goal (mål) registers: what the council and committees asked for, so
// the group can show when it treated each one. A linked mandate or goal cannot be deleted: the
// links are the record of what the group treated.
import { AppError, mandateStatuses, type Goal, type Mandate, type ParsedInput } from '../../../shared/contract/index.ts';
import { compareSwedish } from '../../../shared/domain/names.ts';
import { registersMessages as m } from '../../../shared/i18n/sv/registers.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';
import * as repo from '../repositories/registers.ts';
import { notFound, timestamp, write, type ServiceContext } from './context.ts';
import { requireOrganisation } from './organisations.ts';

const statusOrder = new Map(mandateStatuses.map((status, index) => [status, index]));

export function requireMandate(ctx: ServiceContext, id: string): Mandate {
  const mandate = repo.getMandate(ctx.db, id);
  if (!mandate) throw notFound(m.notFound.mandate);
  return mandate;
}

export function requireGoal(ctx: ServiceContext, id: string): Goal {
  const goal = repo.getGoal(ctx.db, id);
  if (!goal) throw notFound(m.notFound.goal);
  return goal;
}

/** Active mandates first, then reported, completed and cancelled; by title within each. */
export function listMandates(ctx: ServiceContext, input: ParsedInput<'mandates.list'>): Mandate[] {
  return repo
    .listMandates(ctx.db, input)
    .sort((a, b) => (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0) || compareSwedish(a.title, b.title));
}

/** Goals whose period ends last come last; goals without a period first; then by title. */
export function listGoals(ctx: ServiceContext): Goal[] {
  return repo.listGoals(ctx.db).sort((a, b) => (a.periodEnd ?? '').localeCompare(b.periodEnd ?? '') || compareSwedish(a.title, b.title));
}

function requireAssignees(ctx: ServiceContext, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  unique.forEach((id) => requireOrganisation(ctx, id));
  return unique;
}

export function createMandate(ctx: ServiceContext, { assigneeIds, ...fields }: ParsedInput<'mandates.create'>): Mandate {
  return write(ctx, (log) => {
    const assignees = requireAssignees(ctx, assigneeIds);
    const id = ctx.newId();
    repo.insertMandate(ctx.db, { id, ...fields }, timestamp(ctx));
    repo.replaceMandateAssignees(ctx.db, id, assignees);
    log({ entity: 'mandate', entityId: id, operation: 'create', data: { ...fields, assignees } });
    return requireMandate(ctx, id);
  });
}

export function updateMandate(ctx: ServiceContext, { id, assigneeIds, ...patch }: ParsedInput<'mandates.update'>): Mandate {
  return write(ctx, (log) => {
    requireMandate(ctx, id);
    const assignees = assigneeIds === undefined ? undefined : requireAssignees(ctx, assigneeIds);
    repo.updateMandate(ctx.db, id, patch, timestamp(ctx));
    if (assignees) repo.replaceMandateAssignees(ctx.db, id, assignees);
    log({ entity: 'mandate', entityId: id, operation: 'update', data: assignees ? { ...patch, assignees } : patch });
    return requireMandate(ctx, id);
  });
}

export function deleteMandate(ctx: ServiceContext, { id }: ParsedInput<'mandates.delete'>): { id: string } {
  return write(ctx, (log) => {
    const mandate = requireMandate(ctx, id);
    if (mandate.linkCount > 0) throw new AppError('IN_USE', m.inUse.mandate(mandate.linkCount));
    repo.deleteMandate(ctx.db, id);
    log({ entity: 'mandate', entityId: id, operation: 'delete', data: mandate });
    return { id };
  });
}

export function createGoal(ctx: ServiceContext, fields: ParsedInput<'goals.create'>): Goal {
  return write(ctx, (log) => {
    const id = ctx.newId();
    repo.insertGoal(ctx.db, { id, ...fields }, timestamp(ctx));
    log({ entity: 'goal', entityId: id, operation: 'create', data: fields });
    return requireGoal(ctx, id);
  });
}

export function updateGoal(ctx: ServiceContext, { id, ...patch }: ParsedInput<'goals.update'>): Goal {
  return write(ctx, (log) => {
    const current = requireGoal(ctx, id);
    const start = patch.periodStart === undefined ? current.periodStart : patch.periodStart;
    const end = patch.periodEnd === undefined ? current.periodEnd : patch.periodEnd;
    if (start && end && start > end) {
      // The schema checks the pair when both are sent; here one side may come from the stored goal.
      throw new AppError('VALIDATION', validationText.validToBeforeFrom, [{ path: 'periodEnd', message: validationText.validToBeforeFrom }]);
    }
    repo.updateGoal(ctx.db, id, patch, timestamp(ctx));
    log({ entity: 'goal', entityId: id, operation: 'update', data: patch });
    return requireGoal(ctx, id);
  });
}

export function deleteGoal(ctx: ServiceContext, { id }: ParsedInput<'goals.delete'>): { id: string } {
  return write(ctx, (log) => {
    const goal = requireGoal(ctx, id);
    if (goal.linkCount > 0) throw new AppError('IN_USE', m.inUse.goal(goal.linkCount));
    repo.deleteGoal(ctx.db, id);
    log({ entity: 'goal', entityId: id, operation: 'delete', data: goal });
    return { id };
  });
}
