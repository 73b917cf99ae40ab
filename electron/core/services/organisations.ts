import { AppError, type Organisation, type ParsedInput } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import * as repo from '../repositories/organisations.ts';
import { notFound, timestamp, write, type ServiceContext } from './context.ts';

const entity = 'organisation';

function assertNameFree(ctx: ServiceContext, name: string | undefined, exceptId?: string): void {
  if (name === undefined) return;
  const existing = repo.findOrganisationByName(ctx.db, name);
  if (existing && existing.id !== exceptId) throw new AppError('CONFLICT', errorText.duplicateName.organisation(name), [{ path: 'name', message: errorText.duplicateName.organisation(name) }]);
}

export function requireOrganisation(ctx: ServiceContext, id: string): Organisation {
  const organisation = repo.getOrganisation(ctx.db, id);
  if (!organisation) throw notFound(errorText.notFound.organisation);
  return organisation;
}

export const listOrganisations = (ctx: ServiceContext): Organisation[] => repo.listOrganisations(ctx.db);

export function createOrganisation(ctx: ServiceContext, input: ParsedInput<'organisations.create'>): Organisation {
  return write(ctx, (log) => {
    assertNameFree(ctx, input.name);
    const id = ctx.newId();
    repo.insertOrganisation(ctx.db, id, input, timestamp(ctx));
    log({ entity, entityId: id, operation: 'create', data: input });
    return requireOrganisation(ctx, id);
  });
}

export function updateOrganisation(ctx: ServiceContext, { id, ...patch }: ParsedInput<'organisations.update'>): Organisation {
  return write(ctx, (log) => {
    requireOrganisation(ctx, id);
    assertNameFree(ctx, patch.name, id);
    repo.updateOrganisation(ctx.db, id, patch, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: patch });
    return requireOrganisation(ctx, id);
  });
}

export function deleteOrganisation(ctx: ServiceContext, { id }: ParsedInput<'organisations.delete'>): { id: string } {
  return write(ctx, (log) => {
    const organisation = requireOrganisation(ctx, id);
    const usage = repo.organisationUsage(ctx.db, id);
    if (usage > 0) throw new AppError('IN_USE', errorText.inUse.organisation(usage));
    repo.deleteOrganisation(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: organisation });
    return { id };
  });
}
