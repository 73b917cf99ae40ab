import { AppError, type Membership, type ParsedInput } from '../../../shared/contract/index.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import * as repo from '../repositories/memberships.ts';
import { notFound, timestamp, write, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { requireOrganisation } from './organisations.ts';
import { requirePerson } from './people.ts';

const entity = 'membership';

function requireMembership(ctx: ServiceContext, id: string): Membership {
  const membership = repo.getMembership(ctx.db, id);
  if (!membership) throw notFound(errorText.notFound.membership);
  return membership;
}

export function listMemberships(ctx: ServiceContext, input: ParsedInput<'memberships.list'>): Membership[] {
  requireGroup(ctx, input.groupId);
  return repo.listMemberships(ctx.db, input.groupId, input.onDate);
}

export function createMembership(ctx: ServiceContext, input: ParsedInput<'memberships.create'>): Membership {
  return write(ctx, (log) => {
    requireGroup(ctx, input.groupId);
    requirePerson(ctx, input.personId);
    requireOrganisation(ctx, input.organisationId);
    const id = ctx.newId();
    repo.insertMembership(ctx.db, id, input, timestamp(ctx));
    log({ entity, entityId: id, operation: 'create', data: input });
    return requireMembership(ctx, id);
  });
}

export function updateMembership(ctx: ServiceContext, { id, ...patch }: ParsedInput<'memberships.update'>): Membership {
  return write(ctx, (log) => {
    const current = requireMembership(ctx, id);
    if (patch.personId) requirePerson(ctx, patch.personId);
    if (patch.organisationId) requireOrganisation(ctx, patch.organisationId);
    const validFrom = patch.validFrom === undefined ? current.validFrom : patch.validFrom;
    const validTo = patch.validTo === undefined ? current.validTo : patch.validTo;
    if (validFrom && validTo && validFrom > validTo) {
      // The schema checks the pair when both are sent; here one side may come from the stored row.
      throw new AppError('VALIDATION', validationText.validToBeforeFrom, [{ path: 'validTo', message: validationText.validToBeforeFrom }]);
    }
    repo.updateMembership(ctx.db, id, patch, timestamp(ctx));
    log({ entity, entityId: id, operation: 'update', data: patch });
    return requireMembership(ctx, id);
  });
}

export function deleteMembership(ctx: ServiceContext, { id }: ParsedInput<'memberships.delete'>): { id: string } {
  return write(ctx, (log) => {
    const membership = requireMembership(ctx, id);
    repo.deleteMembership(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: membership });
    return { id };
  });
}
