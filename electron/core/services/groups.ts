import { AppError, type Group, type ParsedInput } from '../../../shared/contract/index.ts';
import { standingItemKinds } from '../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../shared/i18n/sv/agenda.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import * as repo from '../repositories/groups.ts';
import { notFound, timestamp, today, write, type ServiceContext } from './context.ts';

const entity = 'group';

export function requireGroup(ctx: ServiceContext, id: string): Group {
  const group = repo.getGroup(ctx.db, id, today(ctx));
  if (!group) throw notFound(errorText.notFound.group);
  return group;
}

function assertNameFree(ctx: ServiceContext, name: string | undefined, exceptId?: string): void {
  if (name === undefined) return;
  const existing = repo.findGroupByName(ctx.db, name);
  if (existing && existing.id !== exceptId) throw new AppError('CONFLICT', errorText.duplicateName.group(name), [{ path: 'name', message: errorText.duplicateName.group(name) }]);
}

export const listGroups = (ctx: ServiceContext): Group[] => repo.listGroups(ctx.db, today(ctx));

export function createGroup(ctx: ServiceContext, input: ParsedInput<'groups.create'>): Group {
  return write(ctx, (log) => {
    assertNameFree(ctx, input.name);
    if (input.parentGroupId) requireGroup(ctx, input.parentGroupId);
    const id = ctx.newId();
    repo.insertGroup(ctx.db, id, input, timestamp(ctx));
    // Every group starts from the standing items Swedish protocols share; editable per group.
    const template = standingItemKinds.map((kind) => ({ kind, title: standingItemTitle[kind] }));
    repo.replaceAgendaTemplate(ctx.db, id, template, ctx.newId);
    log({ entity, entityId: id, operation: 'create', data: input });
    return requireGroup(ctx, id);
  });
}

export function updateGroup(ctx: ServiceContext, { id, ...patch }: ParsedInput<'groups.update'>): Group {
  return write(ctx, (log) => {
    requireGroup(ctx, id);
    assertNameFree(ctx, patch.name, id);
    if (patch.parentGroupId) {
      if (patch.parentGroupId === id) throw new AppError('CONFLICT', errorText.groupOwnParent, [{ path: 'parentGroupId', message: errorText.groupOwnParent }]);
      requireGroup(ctx, patch.parentGroupId);
    }
    repo.updateGroup(ctx.db, id, patch, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: patch });
    return requireGroup(ctx, id);
  });
}

export function deleteGroup(ctx: ServiceContext, { id }: ParsedInput<'groups.delete'>): { id: string } {
  return write(ctx, (log) => {
    const group = requireGroup(ctx, id);
    const usage = repo.groupUsage(ctx.db, id);
    if (usage > 0) throw new AppError('IN_USE', errorText.inUse.group(usage));
    repo.deleteGroup(ctx.db, id); // memberships and the agenda template go with it
    log({ entity, entityId: id, operation: 'delete', data: group });
    return { id };
  });
}
